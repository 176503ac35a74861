
set edit:completion:arg-completer[portalctl] = { |@words|
    var index = (count $words)
    set index = (- $index 1)

    put (env _CLAP_IFS="\n" _CLAP_COMPLETE_INDEX=(to-string $index) PORTALCTL_COMPLETE="elvish" portalctl -- $@words) | to-lines
}

