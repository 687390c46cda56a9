// placeholder: module syntax has no sources yet
