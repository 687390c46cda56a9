// E0109: brackets nest at most 32 levels.
bucket records {
  require tag Classification in [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["PHI"]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]] on upload
}
