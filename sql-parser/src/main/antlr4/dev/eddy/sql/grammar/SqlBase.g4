/*
 * The grammar of Eddy SQL: ksqlDB's dialect plus standard window table functions.
 *
 * Conventions (the tree builders in dev.eddy.sql.build rely on them):
 *  - every alternative of a rule with several alternatives carries a label, so each
 *    shape gets exactly one small visit method;
 *  - keywords are case-insensitive (the option below); identifiers keep their spelling
 *    here and are upper-cased by the builder unless quoted, as ksqlDB does;
 *  - a word listed in `nonReserved` may also be used as a name;
 *  - statements are split on top-level ';' by the lexer (StatementSplitter) before parsing,
 *    so `singleStatement` only ever sees one statement.
 */
grammar SqlBase;

options { caseInsensitive = true; }

singleStatement
    : statement SEMICOLON? EOF
    ;

standaloneExpression
    : expression EOF
    ;

standaloneType
    : type EOF
    ;

statement
    : query                                                                 #queryStatement
    | (LIST | SHOW) ALL? kind=(PROPERTIES | TOPICS | STREAMS | TABLES | QUERIES
            | FUNCTIONS | TYPES | VARIABLES) EXTENDED?                      #show
    | DESCRIBE FUNCTION identifier                                          #describeFunction
    | DESCRIBE kind=(STREAMS | TABLES) EXTENDED?                            #describeSources
    | DESCRIBE sourceName EXTENDED?                                         #describeSource
    | PRINT resourceName (FROM BEGINNING)?
            ((INTERVAL | SAMPLE) interval=INTEGER_VALUE)?
            (LIMIT limit=INTEGER_VALUE)?                                    #printTopic
    | TERMINATE (ALL | identifier)                                          #terminate
    | SET name=STRING EQ value=STRING                                       #setProperty
    | UNSET name=STRING                                                     #unsetProperty
    | ALTER SYSTEM name=STRING EQ value=STRING                              #alterSystemProperty
    | DEFINE identifier EQ STRING                                           #defineVariable
    | UNDEFINE identifier                                                   #undefineVariable
    | CREATE (OR REPLACE)? SOURCE? kind=(STREAM | TABLE) (IF NOT EXISTS)? sourceName
            tableElements? (WITH properties)?                               #createSource
    | CREATE (OR REPLACE)? kind=(STREAM | TABLE) (IF NOT EXISTS)? sourceName
            (WITH properties)? AS query                                     #createSourceAs
    | CREATE TYPE (IF NOT EXISTS)? identifier AS type                       #createType
    | INSERT INTO sourceName (WITH properties)? query                        #insertQuery
    | INSERT INTO sourceName columnList? VALUES rowValues                   #insertValues
    | DROP kind=(STREAM | TABLE) (IF EXISTS)? sourceName (DELETE TOPIC)?    #dropSource
    | DROP TYPE (IF EXISTS)? identifier                                     #dropType
    | ALTER kind=(STREAM | TABLE) sourceName alterOption (',' alterOption)* #alterSource
    | EXPLAIN ANALYZE identifier                                            #explainAnalyze
    | EXPLAIN statement                                                     #explainStatement
    | EXPLAIN identifier                                                    #explainQueryId
    | RUN SCRIPT STRING                                                     #runScript
    | ASSERT (NOT EXISTS)? TOPIC resourceName (WITH properties)? timeout?   #assertTopic
    | ASSERT (NOT EXISTS)? SCHEMA (SUBJECT resourceName)? (ID literal)? timeout?  #assertSchema
    ;

// ---------------------------------------------------------------- DDL pieces

tableElements
    : '(' tableElement (',' tableElement)* ')'
    ;

tableElement
    : identifier type columnConstraint?
    ;

columnConstraint
    : PRIMARY KEY                     #primaryKeyConstraint
    | KEY                             #keyConstraint
    | HEADERS                         #headersConstraint
    | HEADER '(' STRING ')'           #headerConstraint
    ;

properties
    : '(' property (',' property)* ')'
    ;

property
    : (identifier | STRING) EQ MINUS? literal
    ;

alterOption
    : ADD COLUMN? identifier type
    ;

columnList
    : '(' identifier (',' identifier)* ')'
    ;

rowValues
    : '(' (expression (',' expression)*)? ')'
    ;

resourceName
    : identifier          #identifierResource
    | STRING              #stringResource
    ;

timeout
    : TIMEOUT duration
    ;

// ---------------------------------------------------------------- queries

query
    : SELECT selectItem (',' selectItem)*
      FROM relation
      windowClause?
      (WHERE where=expression)?
      (GROUP BY groupBy)?
      (PARTITION BY partitionBy)?
      (HAVING having=expression)?
      (EMIT emit=(CHANGES | FINAL))?
      (LIMIT limit=INTEGER_VALUE)?
    ;

// A struct's `s->*` is a primary expression (dereferenceAll), not an alternative here: telling
// it apart from a plain expression would need unbounded lookahead over the whole item.
selectItem
    : expression (AS? identifier)?                         #selectSingle
    | identifier '.' ASTERISK                              #selectSourceAll
    | ASTERISK                                             #selectAll
    ;

// Grouping terms are value expressions, as in ksqlDB: GROUP BY a AND b is an error, not a
// boolean. `GROUP BY (a, b)` reaches the builder as one parenthesized list (see
// parenthesizedList), which it unpacks: a separate alternative for it would make the parser
// look ahead over a whole nested expression to choose, quadratic in the nesting depth.
groupBy
    : '(' ')'                                                        #groupByEmpty
    | valueExpression (',' valueExpression)*                         #groupByList
    ;

partitionBy
    : '(' ')'                                                        #partitionByEmpty
    | valueExpression (',' valueExpression)*                         #partitionByList
    ;

// ksqlDB accepts (and ignores) a name before the window kind.
windowClause
    : WINDOW IDENTIFIER? windowSpec
    ;

windowSpec
    : TUMBLING '(' SIZE size=duration (',' retention)? (',' gracePeriod)?
            (',' windowTimeZone)? ')'                                           #tumblingWindow
    | HOPPING '(' SIZE size=duration ',' ADVANCE BY advance=duration
            (',' retention)? (',' gracePeriod)? (',' windowTimeZone)? ')'       #hoppingWindow
    | SESSION '(' gap=duration (',' retention)? (',' gracePeriod)? ')'          #sessionWindow
    ;

retention
    : RETENTION duration
    ;

gracePeriod
    : GRACE PERIOD duration
    ;

// Beyond ksqlDB: windows aligned to a time zone's midnight rather than the epoch's.
windowTimeZone
    : TIME ZONE zone=STRING
    ;

duration
    : INTEGER_VALUE timeUnit
    ;

timeUnit
    : DAY | DAYS | HOUR | HOURS | MINUTE | MINUTES | SECOND | SECONDS | MILLISECOND | MILLISECONDS
    ;

relation
    : left=relation joinType JOIN right=aliasedRelation joinWindow? ON condition=expression  #joinRelation
    | aliasedRelation                                                                        #singleRelation
    ;

joinType
    : INNER?             #innerJoin
    | LEFT OUTER?        #leftJoin
    | RIGHT OUTER?       #rightJoin
    | FULL OUTER?        #fullJoin
    ;

joinWindow
    : WITHIN '(' before=duration ',' after=duration ')' gracePeriod?   #asymmetricJoinWindow
    | WITHIN size=duration gracePeriod?                                #symmetricJoinWindow
    ;

aliasedRelation
    : relationPrimary (AS? identifier)?
    ;

relationPrimary
    : sourceName                                                          #tableName
    | TABLE '(' identifier '(' tableArgument (',' tableArgument)* ')' ')' #tableFunction
    ;

tableArgument
    : TABLE sourceName                                     #tableArgumentTable
    | DESCRIPTOR '(' identifier (',' identifier)* ')'      #tableArgumentDescriptor
    | expression                                           #tableArgumentExpression
    ;

// ---------------------------------------------------------------- expressions

expression
    : booleanExpression
    ;

booleanExpression
    : valueExpression predicate?                                 #predicated
    | NOT booleanExpression                                      #logicalNot
    | left=booleanExpression AND right=booleanExpression         #and
    | left=booleanExpression OR right=booleanExpression          #or
    ;

predicate
    : comparisonOperator right=valueExpression                                 #comparison
    | NOT? BETWEEN lower=valueExpression AND upper=valueExpression             #between
    | NOT? IN '(' expression (',' expression)* ')'                             #inList
    | NOT? LIKE pattern=valueExpression (ESCAPE escape=STRING)?                #like
    | IS NOT? NULL                                                             #nullPredicate
    | IS NOT? DISTINCT FROM right=valueExpression                              #distinctFrom
    ;

comparisonOperator
    : EQ | NEQ | LT | LTE | GT | GTE
    ;

valueExpression
    : primaryExpression                                                                 #valueDefault
    | operator=(MINUS | PLUS) valueExpression                                           #arithmeticUnary
    | left=valueExpression operator=(ASTERISK | SLASH | PERCENT) right=valueExpression  #arithmeticBinary
    | left=valueExpression operator=(PLUS | MINUS) right=valueExpression                #arithmeticBinary
    | left=valueExpression CONCAT right=valueExpression                                 #concatenation
    ;

primaryExpression
    : literal                                                                  #literalExpression
    | INTERVAL STRING intervalUnit                                             #intervalLiteral
    | kind=(DATE | TIME | TIMESTAMP | DECIMAL) STRING                          #typedLiteral
    | CASE operand=expression whenClause+ (ELSE elseValue=expression)? END     #simpleCase
    | CASE whenClause+ (ELSE elseValue=expression)? END                        #searchedCase
    | CAST '(' expression AS type ')'                                          #cast
    | ARRAY '[' (expression (',' expression)*)? ']'                            #arrayConstructor
    | MAP '(' (mapEntry (',' mapEntry)*)? ')'                                  #mapConstructor
    | STRUCT '(' (structField (',' structField)*)? ')'                         #structConstructor
    | identifier '(' ASTERISK ')'                                              #starFunctionCall
    | identifier '(' (callArgument (',' callArgument)*)? ')'                   #functionCall
    | value=primaryExpression '[' index=valueExpression ']'                    #subscript
    | identifier                                                               #columnReference
    | qualifier=identifier '.' name=identifier                                 #qualifiedColumnReference
    | base=primaryExpression ARROW field=identifier                            #dereference
    | base=primaryExpression ARROW ASTERISK                                    #dereferenceAll
    | '(' expression (',' expression)* ')'                                     #parenthesizedList
    ;

callArgument
    : lambda                 #lambdaArgument
    | expression             #expressionArgument
    | timeUnit               #timeUnitArgument
    ;

lambda
    : identifier LAMBDA_ARROW expression                                  #singleParameterLambda
    | '(' identifier (',' identifier)* ')' LAMBDA_ARROW expression        #multiParameterLambda
    ;

whenClause
    : WHEN condition=expression THEN result=expression
    ;

mapEntry
    : key=expression ASSIGN value=expression
    ;

structField
    : identifier ASSIGN expression
    ;

intervalUnit
    : YEAR | MONTH | timeUnit
    ;

literal
    : NULL                          #nullLiteral
    | INTEGER_VALUE                 #integerLiteral
    | DECIMAL_VALUE                 #decimalLiteral
    | DOUBLE_VALUE                  #doubleLiteral
    | (TRUE | FALSE)                #booleanLiteral
    | STRING                        #stringLiteral
    ;

// ---------------------------------------------------------------- types

type
    : ARRAY LT type GT                                                   #arrayType
    | MAP LT key=type ',' value=type GT                                  #mapType
    | STRUCT LT (structTypeField (',' structTypeField)*)? GT             #structType
    | DECIMAL '(' precision=INTEGER_VALUE ',' scale=INTEGER_VALUE ')'    #decimalType
    | identifier ('(' typeParameter (',' typeParameter)* ')')?           #namedType
    ;

// ksqlDB accepts and ignores VARCHAR(STRING) and VARCHAR(n).
typeParameter
    : INTEGER_VALUE
    | identifier
    ;

structTypeField
    : identifier type
    ;

// ---------------------------------------------------------------- names

sourceName
    : identifier
    ;

identifier
    : IDENTIFIER                #unquotedIdentifier
    | nonReserved               #nonReservedIdentifier
    | BACKQUOTED_IDENTIFIER     #backQuotedIdentifier
    | QUOTED_IDENTIFIER         #doubleQuotedIdentifier
    | DIGIT_IDENTIFIER          #digitIdentifier
    ;

// Keywords that may also be names; keep in step with ksqlDB so that its scripts parse.
nonReserved
    : SHOW | TABLES | COLUMNS | COLUMN | PARTITIONS | FUNCTIONS | FUNCTION | SESSION
    | STRUCT | MAP | ARRAY | PARTITION
    | INTEGER | DATE | TIME | TIMESTAMP | INTERVAL | ZONE
    | YEAR | MONTH | DAY | HOUR | MINUTE | SECOND
    | EXPLAIN | ANALYZE | TYPE | TYPES
    | SET | RESET
    | IF
    | SOURCE | SINK
    | PRIMARY | KEY
    | EMIT | CHANGES | FINAL
    | ESCAPE
    | REPLACE
    | ASSERT | ALTER | ADD
    | HEADER | HEADERS
    | GRACE | PERIOD
    | DEFINE | UNDEFINE | VARIABLES
    | PLUGINS | SYSTEM
    | TIMEOUT | SCHEMA | SUBJECT | ID
    | DESCRIPTOR | TOPIC
    ;

// ---------------------------------------------------------------- lexer

ADD: 'ADD';
ADVANCE: 'ADVANCE';
ALL: 'ALL';
ALTER: 'ALTER';
ANALYZE: 'ANALYZE';
AND: 'AND';
ARRAY: 'ARRAY';
AS: 'AS';
ASSERT: 'ASSERT';
BEGINNING: 'BEGINNING';
BETWEEN: 'BETWEEN';
BY: 'BY';
CASE: 'CASE';
CAST: 'CAST';
CHANGES: 'CHANGES';
COLUMN: 'COLUMN';
COLUMNS: 'COLUMNS';
CREATE: 'CREATE';
DATE: 'DATE';
DAY: 'DAY';
DAYS: 'DAYS';
DECIMAL: 'DECIMAL';
DEFINE: 'DEFINE';
DELETE: 'DELETE';
DESCRIBE: 'DESCRIBE';
DESCRIPTOR: 'DESCRIPTOR';
DISTINCT: 'DISTINCT';
DROP: 'DROP';
ELSE: 'ELSE';
EMIT: 'EMIT';
END: 'END';
ESCAPE: 'ESCAPE';
EXISTS: 'EXISTS';
EXPLAIN: 'EXPLAIN';
EXTENDED: 'EXTENDED';
FALSE: 'FALSE';
FINAL: 'FINAL';
FROM: 'FROM';
FULL: 'FULL';
FUNCTION: 'FUNCTION';
FUNCTIONS: 'FUNCTIONS';
GRACE: 'GRACE';
GROUP: 'GROUP';
HAVING: 'HAVING';
HEADER: 'HEADER';
HEADERS: 'HEADERS';
HOPPING: 'HOPPING';
HOUR: 'HOUR';
HOURS: 'HOURS';
ID: 'ID';
IF: 'IF';
IN: 'IN';
INNER: 'INNER';
INSERT: 'INSERT';
INTEGER: 'INTEGER';
INTERVAL: 'INTERVAL';
INTO: 'INTO';
IS: 'IS';
JOIN: 'JOIN';
KEY: 'KEY';
LEFT: 'LEFT';
LIKE: 'LIKE';
LIMIT: 'LIMIT';
LIST: 'LIST';
MAP: 'MAP';
MILLISECOND: 'MILLISECOND';
MILLISECONDS: 'MILLISECONDS';
MINUTE: 'MINUTE';
MINUTES: 'MINUTES';
MONTH: 'MONTH';
NOT: 'NOT';
NULL: 'NULL';
ON: 'ON';
OR: 'OR';
OUTER: 'OUTER';
PARTITION: 'PARTITION';
PARTITIONS: 'PARTITIONS';
PERIOD: 'PERIOD';
PLUGINS: 'PLUGINS';
PRIMARY: 'PRIMARY';
PRINT: 'PRINT';
PROPERTIES: 'PROPERTIES';
QUERIES: 'QUERIES';
REPLACE: 'REPLACE';
RESET: 'RESET';
RETENTION: 'RETENTION';
RIGHT: 'RIGHT';
RUN: 'RUN';
SAMPLE: 'SAMPLE';
SCHEMA: 'SCHEMA';
SCRIPT: 'SCRIPT';
SECOND: 'SECOND';
SECONDS: 'SECONDS';
SELECT: 'SELECT';
SESSION: 'SESSION';
SET: 'SET';
SHOW: 'SHOW';
SINK: 'SINK';
SIZE: 'SIZE';
SOURCE: 'SOURCE';
STREAM: 'STREAM';
STREAMS: 'STREAMS';
STRUCT: 'STRUCT';
SUBJECT: 'SUBJECT';
SYSTEM: 'SYSTEM';
TABLE: 'TABLE';
TABLES: 'TABLES';
TERMINATE: 'TERMINATE';
THEN: 'THEN';
TIME: 'TIME';
TIMEOUT: 'TIMEOUT';
TIMESTAMP: 'TIMESTAMP';
TOPIC: 'TOPIC';
TOPICS: 'TOPICS';
TRUE: 'TRUE';
TUMBLING: 'TUMBLING';
TYPE: 'TYPE';
TYPES: 'TYPES';
UNDEFINE: 'UNDEFINE';
UNSET: 'UNSET';
VALUES: 'VALUES';
VARIABLES: 'VARIABLES';
WHEN: 'WHEN';
WHERE: 'WHERE';
WINDOW: 'WINDOW';
WITH: 'WITH';
WITHIN: 'WITHIN';
YEAR: 'YEAR';
ZONE: 'ZONE';

EQ: '=';
NEQ: '<>' | '!=';
LT: '<';
LTE: '<=';
GT: '>';
GTE: '>=';

PLUS: '+';
MINUS: '-';
ASTERISK: '*';
SLASH: '/';
PERCENT: '%';
CONCAT: '||';

ASSIGN: ':=';
ARROW: '->';
LAMBDA_ARROW: '=>';
SEMICOLON: ';';

STRING
    : '\'' ( ~'\'' | '\'\'' )* '\''
    ;

// A string, quoted name or comment still open at the end of the text: one token, so the
// error points at its start and statement splitting never looks inside it.
UNTERMINATED_STRING
    : '\'' ( ~'\'' | '\'\'' )* EOF
    ;

UNTERMINATED_QUOTED_IDENTIFIER
    : '`' ( ~'`' | '``' )* EOF
    | '"' ( ~'"' | '""' )* EOF
    ;

// The body may not contain */ : the lexer prefers the longest match, so `.*? EOF` would
// swallow closed comments and everything after them.
UNTERMINATED_COMMENT
    : '/*' ( ~'*' | '*'+ ~[*/] )* '*'* EOF
    ;

INTEGER_VALUE
    : DIGIT+
    ;

DECIMAL_VALUE
    : DIGIT+ '.' DIGIT*
    | '.' DIGIT+
    ;

DOUBLE_VALUE
    : DIGIT+ ('.' DIGIT*)? EXPONENT
    | '.' DIGIT+ EXPONENT
    ;

IDENTIFIER
    : (LETTER | '_') (LETTER | DIGIT | '_' | '@')*
    ;

DIGIT_IDENTIFIER
    : DIGIT (LETTER | DIGIT | '_' | '@')+
    ;

QUOTED_IDENTIFIER
    : '"' ( ~'"' | '""' )* '"'
    ;

BACKQUOTED_IDENTIFIER
    : '`' ( ~'`' | '``' )* '`'
    ;

// Left in place only when a variable is undefined; the substitution step reports it first.
VARIABLE
    : '${' IDENTIFIER '}'
    ;

fragment EXPONENT
    : 'E' [+-]? DIGIT+
    ;

fragment DIGIT
    : [0-9]
    ;

fragment LETTER
    : [A-Z]
    ;

SIMPLE_COMMENT
    : '--' ~[\r\n]* '\r'? '\n'? -> channel(HIDDEN)
    ;

BRACKETED_COMMENT
    : '/*' .*? '*/' -> channel(HIDDEN)
    ;

WS
    : [ \r\n\t\f]+ -> channel(HIDDEN)
    ;

// Anything else becomes one token, so the parser (not the lexer) reports it with a position.
UNRECOGNIZED
    : .
    ;
