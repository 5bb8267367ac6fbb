package dev.eddy.functions.builtin.aggregate;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An immutable map of string to count in which {@link #with} makes a new map that shares all
 * of the old one but the path to the changed key (a hash array mapped trie: 32 branches a
 * level, five bits of the key's hash each). COUNT_DISTINCT's state changes by one key a row and
 * may hold millions of keys; the engine keeps the old state until the new one replaces it, so
 * it cannot be changed in place, and copying it whole every row made a large group quadratic.
 *
 * <p>It is an ordinary {@link Map} to everything else (the state store encodes it as a MAP;
 * a restored state comes back as some other map, which {@link #of} takes over once).
 */
final class SharedCounts extends AbstractMap<String, Long> {

  static final SharedCounts EMPTY = new SharedCounts(null, 0);

  private static final int BITS = 5;
  private static final int MASK = (1 << BITS) - 1;

  /** A key and its count; a trie node is a {@code Leaf}, a {@code Branch} or a {@code Bucket}. */
  private static final class Leaf extends AbstractMap.SimpleImmutableEntry<String, Long> {
    final int hash;

    Leaf(String key, long count) {
      super(key, count);
      this.hash = key.hashCode();
    }
  }

  /** The children present, in the order of their 5-bit hash fragment, named by a bitmap. */
  private record Branch(int bitmap, Object[] children) {}

  /** Leaves whose keys have the same full hash. */
  private record Bucket(int hash, Leaf[] leaves) {}

  private final Object root;
  private final int size;

  private SharedCounts(Object root, int size) {
    this.root = root;
    this.size = size;
  }

  /** {@code counts} as a {@code SharedCounts}: itself if it is one, else a copy. */
  static SharedCounts of(Map<String, Long> counts) {
    if (counts instanceof SharedCounts shared) {
      return shared;
    }
    SharedCounts out = EMPTY;
    for (Map.Entry<String, Long> e : counts.entrySet()) {
      out = out.with(e.getKey(), e.getValue());
    }
    return out;
  }

  /** This map with {@code key} counted {@code count} times; a count of 0 or less removes it. */
  SharedCounts with(String key, long count) {
    boolean present = find(key) != null;
    if (count <= 0) {
      return present ? new SharedCounts(remove(root, 0, key.hashCode(), key), size - 1) : this;
    }
    return new SharedCounts(put(root, 0, new Leaf(key, count)), present ? size : size + 1);
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public boolean containsKey(Object key) {
    return key instanceof String s && find(s) != null;
  }

  @Override
  public Long get(Object key) {
    Leaf leaf = key instanceof String s ? find(s) : null;
    return leaf == null ? null : leaf.getValue();
  }

  @Override
  public Set<Map.Entry<String, Long>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public Iterator<Map.Entry<String, Long>> iterator() {
        List<Map.Entry<String, Long>> leaves = new ArrayList<>(size);
        collect(root, leaves);
        return leaves.iterator();
      }

      @Override
      public int size() {
        return size;
      }
    };
  }

  private Leaf find(String key) {
    int hash = key.hashCode();
    Object node = root;
    for (int shift = 0; node instanceof Branch branch; shift += BITS) {
      int bit = 1 << ((hash >>> shift) & MASK);
      if ((branch.bitmap & bit) == 0) {
        return null;
      }
      node = branch.children[Integer.bitCount(branch.bitmap & (bit - 1))];
    }
    if (node instanceof Leaf leaf) {
      return leaf.getKey().equals(key) ? leaf : null;
    }
    if (node instanceof Bucket bucket && bucket.hash == hash) {
      for (Leaf leaf : bucket.leaves) {
        if (leaf.getKey().equals(key)) {
          return leaf;
        }
      }
    }
    return null;
  }

  private static Object put(Object node, int shift, Leaf leaf) {
    if (node == null) {
      return leaf;
    }
    if (node instanceof Branch branch) {
      int bit = 1 << ((leaf.hash >>> shift) & MASK);
      int i = Integer.bitCount(branch.bitmap & (bit - 1));
      Object[] children;
      if ((branch.bitmap & bit) == 0) {
        children = new Object[branch.children.length + 1];
        System.arraycopy(branch.children, 0, children, 0, i);
        children[i] = leaf;
        System.arraycopy(branch.children, i, children, i + 1, branch.children.length - i);
        return new Branch(branch.bitmap | bit, children);
      }
      children = branch.children.clone();
      children[i] = put(children[i], shift + BITS, leaf);
      return new Branch(branch.bitmap, children);
    }
    int hash = hashOf(node);
    if (hash != leaf.hash) {
      return split(shift, node, hash, leaf, leaf.hash);
    }
    Leaf[] leaves = node instanceof Leaf single ? new Leaf[] {single} : ((Bucket) node).leaves;
    for (int i = 0; i < leaves.length; i++) {
      if (leaves[i].getKey().equals(leaf.getKey())) {
        if (leaves.length == 1) {
          return leaf;
        }
        Leaf[] replaced = leaves.clone();
        replaced[i] = leaf;
        return new Bucket(hash, replaced);
      }
    }
    Leaf[] grown = Arrays.copyOf(leaves, leaves.length + 1);
    grown[leaves.length] = leaf;
    return new Bucket(hash, grown);
  }

  /** A branch (or a chain of them) holding two nodes whose hashes differ. */
  private static Branch split(int shift, Object a, int hashA, Object b, int hashB) {
    int fragmentA = (hashA >>> shift) & MASK;
    int fragmentB = (hashB >>> shift) & MASK;
    if (fragmentA == fragmentB) {
      return new Branch(1 << fragmentA, new Object[] {split(shift + BITS, a, hashA, b, hashB)});
    }
    Object[] children = fragmentA < fragmentB ? new Object[] {a, b} : new Object[] {b, a};
    return new Branch((1 << fragmentA) | (1 << fragmentB), children);
  }

  /** {@code node} without {@code key}, which it holds; null when nothing is left. */
  private static Object remove(Object node, int shift, int hash, String key) {
    if (node instanceof Branch branch) {
      int bit = 1 << ((hash >>> shift) & MASK);
      int i = Integer.bitCount(branch.bitmap & (bit - 1));
      Object child = remove(branch.children[i], shift + BITS, hash, key);
      if (child != null) {
        Object[] children = branch.children.clone();
        children[i] = child;
        return new Branch(branch.bitmap, children);
      }
      if (branch.children.length == 1) {
        return null;
      }
      Object[] children = new Object[branch.children.length - 1];
      System.arraycopy(branch.children, 0, children, 0, i);
      System.arraycopy(branch.children, i + 1, children, i, children.length - i);
      return new Branch(branch.bitmap & ~bit, children);
    }
    if (node instanceof Leaf) {
      return null;
    }
    Leaf[] leaves = ((Bucket) node).leaves;
    List<Leaf> kept = new ArrayList<>(leaves.length - 1);
    for (Leaf leaf : leaves) {
      if (!leaf.getKey().equals(key)) {
        kept.add(leaf);
      }
    }
    return kept.size() == 1 ? kept.get(0) : new Bucket(hash, kept.toArray(Leaf[]::new));
  }

  private static int hashOf(Object node) {
    return node instanceof Leaf leaf ? leaf.hash : ((Bucket) node).hash;
  }

  private static void collect(Object node, List<Map.Entry<String, Long>> into) {
    if (node instanceof Branch branch) {
      for (Object child : branch.children) {
        collect(child, into);
      }
    } else if (node instanceof Leaf leaf) {
      into.add(leaf);
    } else if (node instanceof Bucket bucket) {
      into.addAll(Arrays.asList(bucket.leaves));
    }
  }
}
