// E0408 (log target uses SSE-KMS default encryption): the fixed spec reports nothing.
import "log_destination"
bucket logs { use log_destination }   // SSE-S3
bucket records { logging to logs }
