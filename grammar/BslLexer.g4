// BSL lexer. Syntax only: no actions. Keywords are the words that start a
// declaration or a setting, or join its parts; every other word (modes,
// levels, units, event names) is an IDENT that the AST builder validates, so
// a misspelling gets "expected one of ..." instead of a parser error.
lexer grammar BslLexer;

IMPORT        : 'import';
PROFILE       : 'profile';
BUCKET        : 'bucket';
VAULT         : 'vault';
TEST          : 'test';
PROPERTY      : 'property';

ACCOUNT       : 'account';
NAME          : 'name';
REGION        : 'region';
USE           : 'use';
OVERRIDE      : 'override';
ENCRYPTION    : 'encryption';
TRANSPORT     : 'transport';
PUBLIC_ACCESS : 'public_access';
OWNERSHIP     : 'ownership';
VERSIONING    : 'versioning';
OBJECT_LOCK   : 'object_lock';
LOGGING       : 'logging';
AUDIT         : 'audit';
ONLY_VIA      : 'only_via';
RESTRICT      : 'restrict';
REQUIRE       : 'require';
PROTECT       : 'protect';
GRANT         : 'grant';
DENY          : 'deny';
PRESIGNED     : 'presigned';
MFA           : 'mfa';
CORS          : 'cors';
NOTIFY        : 'notify';
EXPECTED_RATE : 'expected_rate';
ACKNOWLEDGE   : 'acknowledge';
STATEMENT     : 'statement';
CONDITION     : 'condition';
LOCK          : 'lock';
EXPECT        : 'expect';
NEVER         : 'never';
ALWAYS        : 'always';
BY            : 'by';

ALLOW         : 'allow';
BLOCK         : 'block';
BECAUSE       : 'because';
KEY           : 'key';
BUCKET_KEY    : 'bucket_key';
MIN_VERSION   : 'min_version';
MFA_DELETE    : 'mfa_delete';
BYPASS        : 'bypass';
LEGAL_HOLD    : 'legal_hold';
ONLY          : 'only';
TO            : 'to';
PREFIX        : 'prefix';
SUFFIX        : 'suffix';
EXCEPT        : 'except';
TAG           : 'tag';
PRINCIPAL_TAG : 'principal_tag';
OBJECT_TAG    : 'object_tag';
IN            : 'in';
ON            : 'on';
OFF           : 'off';
ALL           : 'all';
UNLESS        : 'unless';
WHERE         : 'where';
WITH          : 'with';
AND           : 'and';
NOT           : 'not';
LIKE          : 'like';
MAX_AGE       : 'max_age';
REQUIRED      : 'required';
FOR           : 'for';
ORIGINS       : 'origins';
METHODS       : 'methods';
HEADERS       : 'headers';
EXPOSE        : 'expose';
ID            : 'id';
TRUE          : 'true';
FALSE         : 'false';

LBRACE   : '{';
RBRACE   : '}';
LBRACK   : '[';
RBRACK   : ']';
COMMA    : ',';
ASSIGN   : '=';
NEQ      : '!=';
LE       : '<=';
GE       : '>=';
LT       : '<';
GT       : '>';

// `s3:GetObject`, `aws:SecureTransport`, `s3:ExistingObjectTag/Classification`, `s3:Get*`.
QNAME    : [a-zA-Z] [a-zA-Z0-9_-]* ':' [a-zA-Z0-9_*?./:-]+ ;
IDENT    : [a-zA-Z_] [a-zA-Z0-9_-]* ;
DECIMAL  : [0-9]+ '.' [0-9]+ ;
// A number glued to a unit: `10m`, `7d`, `30days`. The unit is checked by the AST builder.
DURATION : [0-9]+ [a-zA-Z_]+ ;
INT      : [0-9]+ ;

STRING   : '"' ( '\\' ~[\r\n] | ~["\\\r\n] )* '"' ;
// Longest match makes STRING win whenever the closing quote exists; these
// tokens only appear for broken input and are reported by the syntax module.
UNTERMINATED_STRING  : '"' ( '\\' ~[\r\n] | ~["\\\r\n] )* ;

LINE_COMMENT  : '//' ~[\r\n]* -> channel(HIDDEN);
BLOCK_COMMENT : '/*' .*? '*/' -> channel(HIDDEN);
UNTERMINATED_COMMENT : '/*' ( ~'*' | '*'+ ~[*/] )* '*'* ;
// Skipped rather than hidden: whitespace tokens would double the token count for nothing.
WS : [ \t\r\n\f]+ -> skip;

// Anything else: reported as "unexpected character" with its position.
UNKNOWN_CHAR : . ;
