// Helper of error.e0203_import_cycle.bsl: closes the cycle.
import "./_cycle_a.bsl"

role admin = "arn:aws:iam::111122223333:role/Admin"
