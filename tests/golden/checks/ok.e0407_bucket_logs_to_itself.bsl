// E0407 (bucket logs to itself): the fixed spec reports nothing.
import "log_destination"
bucket logs { use log_destination }
bucket records {
  logging to logs prefix "records/"
}
