// placeholder: module sema has no sources yet
