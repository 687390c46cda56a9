profile baseline {}
