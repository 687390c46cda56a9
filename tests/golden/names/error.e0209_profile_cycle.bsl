// E0209: profiles that use each other.
profile strict {
  use stricter
  transport tls_only { min_version 1.2 }
}

profile stricter {
  use strict
  presigned forbid
}

bucket records {
  use strict
}
