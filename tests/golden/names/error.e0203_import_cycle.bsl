// E0203: _cycle_a.bsl imports _cycle_b.bsl, which imports _cycle_a.bsl again.
import "./_cycle_a.bsl"

bucket records {
  grant partner read
}
