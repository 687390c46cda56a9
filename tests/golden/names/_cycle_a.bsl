// Helper of error.e0203_import_cycle.bsl: imports _cycle_b, which imports this file.
import "./_cycle_b.bsl"

account partner = "444455556666"
