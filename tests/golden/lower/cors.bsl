// CORS rules: one per `allow`, with origins, methods, headers, exposed headers,
// max age (seconds or a duration) and an id.
account owner = "111122223333"

bucket assets {
  name    "acme-cors"
  region  "us-east-1"
  account owner
  cors {
    allow origins ["https://portal.example.com", "https://admin.example.com"] methods [GET, PUT, POST] headers ["Authorization", "Content-Type"] expose ["ETag"] max_age 3000 id "portal"
    allow origins ["https://www.example.com"] methods [GET, HEAD] max_age 1 hour id "site-read"
  }
}
