// placeholder: module sim has no sources yet
