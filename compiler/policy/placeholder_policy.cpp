// placeholder: module policy has no sources yet
