// placeholder: module lower has no sources yet
