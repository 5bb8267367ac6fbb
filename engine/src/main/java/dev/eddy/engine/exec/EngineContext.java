package dev.eddy.engine.exec;

import dev.eddy.engine.catalog.Catalog;
import dev.eddy.engine.codegen.RowTransformCompiler;
import dev.eddy.engine.command.CommandLog;
import dev.eddy.engine.plan.QueryPlanner;
import dev.eddy.engine.plan.Validators;
import dev.eddy.engine.query.QueryLauncher;
import dev.eddy.engine.query.QueryRegistry;
import dev.eddy.functions.registry.FunctionRegistry;
import dev.eddy.log.LogStore;
import java.util.Map;

/**
 * The engine's parts that statement handlers work with. One per engine; shared by every
 * session.
 *
 * @param defaults engine-wide property defaults, which a session's SET overrides
 */
public record EngineContext(
    LogStore log,
    Catalog catalog,
    CommandLog commands,
    Validators validators,
    QueryPlanner planner,
    RowTransformCompiler compiler,
    FunctionRegistry functions,
    QueryRegistry queries,
    QueryLauncher launcher,
    Map<String, String> defaults) {}
