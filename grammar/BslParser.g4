// BSL parser. Syntax only: labelled alternatives, no actions. The grammar has
// no recursive rules, so no input can make the parser recurse deeply.
parser grammar BslParser;
options { tokenVocab = BslLexer; }

file : item* EOF ;

item
  : importDecl
  | constDecl
  | profileDecl
  | bucketDecl
  | vaultDecl
  | testDecl
  | propertyDecl
  ;

importDecl  : IMPORT STRING ;

// account partner = "444455556666"; role admin = "arn:..."; cidr office = ["..", ".."]
constDecl   : kind=constKind ident ASSIGN value=constValue ;
constKind   : ACCOUNT | KEY | IDENT ;   // `key` is also a keyword inside encryption blocks
constValue  : STRING | stringList ;

profileDecl : PROFILE ident LBRACE setting* RBRACE ;
bucketDecl  : BUCKET ident LBRACE setting* RBRACE ;

setting : OVERRIDE? settingBody ;

settingBody
  : NAME STRING                                                   # nameSetting
  | REGION STRING                                                 # regionSetting
  | ACCOUNT ref                                                   # accountSetting
  | USE ident                                                     # useSetting
  | ENCRYPTION how=word encryptionBlock?                         # encryptionSetting
  | TRANSPORT how=word transportBlock? reason?                   # transportSetting
  | PUBLIC_ACCESS BLOCK ALL                                       # publicAccessBlockSetting
  | PUBLIC_ACCESS ALLOW word* reason                              # publicAccessAllowSetting
  | OWNERSHIP how=word reason?                                   # ownershipSetting
  | VERSIONING state=word versioningBlock?                        # versioningSetting
  | OBJECT_LOCK how=word duration? objectLockBlock?              # objectLockSetting
  | LOGGING TO ref prefixClause?                                  # loggingSetting
  | LOGGING OFF                                                   # loggingOffSetting
  | AUDIT word+ (TO ref)?                                         # auditSetting
  | ONLY_VIA kind=word refs exceptClause?                         # onlyViaSetting
  | RESTRICT TAG tagPair TO PRINCIPAL_TAG tagPair                 # restrictTagSetting
  | REQUIRE TAG tagKey (IN stringList)? ON word                   # requireTagSetting
  | PROTECT TAG tagKey exceptClause?                              # protectTagSetting
  | GRANT qualifier=word? grantee=ref level=word prefixClause? reason?   # grantSetting
  | DENY who=refs actions prefixClause? exceptClause? (UNLESS condition (AND condition)*)?   # denySetting
  | PRESIGNED MAX_AGE duration                                    # presignedMaxAgeSetting
  | PRESIGNED word                                                # presignedModeSetting
  | MFA REQUIRED FOR (word | actions)                             # mfaSetting
  | CORS LBRACE corsRule* RBRACE                                  # corsSetting
  | NOTIFY event=word prefixClause? suffixClause? TO target=word ref?   # notifySetting
  | EXPECTED_RATE INT word?                                       # expectedRateSetting
  | ACKNOWLEDGE code=IDENT reason                                 # acknowledgeSetting
  | STATEMENT sid=STRING LBRACE statementItem* RBRACE             # statementSetting
  ;

// The last resort: one policy statement written out (`statement "Sid" { allow
// principal x action [..] prefix ".." condition StringEquals key ["v"] }`).
statementItem
  : effect=(ALLOW | DENY)                                         # statementEffect
  | field=IDENT statementValues                                   # statementField
  | prefixClause                                                  # statementPrefix
  | CONDITION op=(IDENT | QNAME) key=conditionKey scalarOrList    # statementCondition
  ;
statementValues : statementValue | LBRACK statementValue (COMMA statementValue)* COMMA? RBRACK ;
statementValue  : ident | STRING | QNAME ;

encryptionBlock : LBRACE encryptionItem* RBRACE ;
encryptionItem
  : KEY source=word STRING?                                       # keyItem
  | BUCKET_KEY word                                               # bucketKeyItem
  | REQUIRE word                                                  # requireItem
  ;

transportBlock  : LBRACE (MIN_VERSION number)? RBRACE ;
versioningBlock : LBRACE (MFA_DELETE word)? RBRACE ;

objectLockBlock : LBRACE objectLockItem* RBRACE ;
objectLockItem
  : BYPASS ONLY identList                                         # bypassOnlyItem
  | BYPASS word                                                   # bypassModeItem
  | LEGAL_HOLD ONLY identList                                     # legalHoldItem
  ;

corsRule : ALLOW corsItem+ ;
corsItem
  : ORIGINS stringList                                            # corsOrigins
  | METHODS wordList                                              # corsMethods
  | HEADERS stringList                                            # corsHeaders
  | EXPOSE stringList                                             # corsExpose
  | MAX_AGE (INT | duration)                                      # corsMaxAge
  | ID STRING                                                     # corsId
  ;

vaultDecl : VAULT ident LBRACE vaultSetting* RBRACE ;
vaultSetting
  : NAME STRING                                                   # vaultName
  | REGION STRING                                                 # vaultRegion
  | ACCOUNT ref                                                   # vaultAccount
  | LOCK DENY action=word age=word duration                       # vaultLock
  | ACKNOWLEDGE code=IDENT reason                                 # vaultAcknowledge
  ;

// test "..." { expect allow partner s3:GetObject "records/exports/a.csv" with { aws:SecureTransport = false } }
testDecl    : TEST STRING LBRACE expectation* RBRACE ;
expectation : EXPECT outcome=(ALLOW | DENY) who=ref action=QNAME resource=STRING withClause? ;
withClause  : WITH LBRACE (contextEntry (COMMA contextEntry)* COMMA?)? RBRACE ;
contextEntry: QNAME ASSIGN scalarOrList ;

// property "..." { never allow s3:GetObject on records where object_tag K = "V" and not principal_tag K = "V" }
// property "..." { never allow s3:GetObject on records by partner where not prefix "exports/" }
propertyDecl : PROPERTY STRING LBRACE claim* RBRACE ;
claim        : quantifier=(NEVER | ALWAYS) ALLOW actions (ON ident prefixClause?)? byClause?
               (WHERE predicate (AND predicate)*)? ;
byClause     : BY (anyone=IDENT outside=IDENT)? refs ;   // `by anyone outside <who>`
predicate    : NOT? atom ;
atom
  : OBJECT_TAG tagPair                                            # objectTagAtom
  | PRINCIPAL_TAG tagPair                                         # principalTagAtom
  | prefixClause                                                  # prefixAtom
  | condition                                                     # conditionAtom
  ;

condition   : key=conditionKey op=conditionOp scalarOrList ;
conditionKey: QNAME | word ;
conditionOp : ASSIGN | NEQ | LT | LE | GT | GE | IN | NOT IN | LIKE | NOT LIKE ;

// `7 years 30 days`, `10m`, `1 year 30days`: parts add up.
duration    : (DURATION | durationPart)+ ;
durationPart: INT word ;

tagPair     : tagKey ASSIGN STRING ;
tagKey      : IDENT | STRING ;
reason      : BECAUSE STRING ;
prefixClause: PREFIX STRING ;
suffixClause: SUFFIX STRING ;
exceptClause: EXCEPT identList ;
identList   : ident (COMMA ident)* ;
refs        : ref | LBRACK ref (COMMA ref)* RBRACK ;
ref         : ident | STRING ;
actions     : QNAME | LBRACK QNAME (COMMA QNAME)* RBRACK ;
stringList  : LBRACK (STRING (COMMA STRING)* COMMA?)? RBRACK ;
wordList    : LBRACK word (COMMA word)* RBRACK ;
scalarOrList: scalar | LBRACK (scalar (COMMA scalar)* COMMA?)? RBRACK ;
scalar      : STRING | number | TRUE | FALSE | ident ;
number      : INT | DECIMAL ;
word        : IDENT | ON | OFF | ALL | TRUE | FALSE ;
ident       : IDENT ;
