complete --keep-order --exclusive --command portalctl --arguments "(PORTALCTL_COMPLETE=fish portalctl -- (commandline --current-process --tokenize --cut-at-cursor) (commandline --current-token))"
