// E0409 (log target has default object lock retention): the fixed spec reports nothing.
import "log_destination"
bucket logs { use log_destination }
bucket records { logging to logs }
