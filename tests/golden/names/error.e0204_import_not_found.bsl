// E0204: a relative import that does not exist, and a misspelt stdlib profile.
import "./common.bsl"
import "hipa"

bucket records {}
