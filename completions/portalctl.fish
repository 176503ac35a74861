# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_portalctl_global_optspecs
    string join \n db= config= o/output= q/quiet y/yes actor= no-color h/help V/version
end

function __fish_portalctl_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_portalctl_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_portalctl_using_subcommand
    set -l cmd (__fish_portalctl_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c portalctl -n "__fish_portalctl_needs_command" -l db -d 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]' -r -F
complete -c portalctl -n "__fish_portalctl_needs_command" -l config -d 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]' -r -F
complete -c portalctl -n "__fish_portalctl_needs_command" -s o -l output -d 'Output format [env: PORTALCTL_OUTPUT] [default: the config\'s `output`, else table]' -r -f -a "table\t'Aligned tables for people'
json\t'JSON: an object for one entity, an array for lists'
csv\t'CSV with a header row'"
complete -c portalctl -n "__fish_portalctl_needs_command" -l actor -d 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]' -r
complete -c portalctl -n "__fish_portalctl_needs_command" -s q -l quiet -d 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
complete -c portalctl -n "__fish_portalctl_needs_command" -s y -l yes -d 'Answer yes to every confirmation'
complete -c portalctl -n "__fish_portalctl_needs_command" -l no-color -d 'Never colour the output (also: `NO_COLOR` set to anything)'
complete -c portalctl -n "__fish_portalctl_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c portalctl -n "__fish_portalctl_needs_command" -s V -l version -d 'Print version'
complete -c portalctl -n "__fish_portalctl_needs_command" -f -a "partner" -d 'Partners: the resellers whose customers you manage'
complete -c portalctl -n "__fish_portalctl_needs_command" -f -a "customer" -d 'Customers of a partner, or direct customers'
complete -c portalctl -n "__fish_portalctl_needs_command" -f -a "site" -d 'Sites of a customer'
complete -c portalctl -n "__fish_portalctl_needs_command" -f -a "probe" -d 'Probes installed at sites (or not yet assigned)'
complete -c portalctl -n "__fish_portalctl_needs_command" -f -a "contact" -d 'People who may use a customer account: contacts and guests'
complete -c portalctl -n "__fish_portalctl_needs_command" -f -a "invite" -d 'Guest invitations: share a customer account with someone registered elsewhere'
complete -c portalctl -n "__fish_portalctl_needs_command" -f -a "portal" -d 'Customer portals: turn them on (making an authorization code) or off (revoking it)'
complete -c portalctl -n "__fish_portalctl_needs_command" -f -a "authcode" -d 'Authorization codes and installation tokens: show, regenerate, verify'
complete -c portalctl -n "__fish_portalctl_needs_command" -f -a "apply" -d 'Make the store hold what a tree file describes (create, update; with --prune, delete)'
complete -c portalctl -n "__fish_portalctl_needs_command" -f -a "export" -d 'Print the store (or a subtree) as a tree file that `apply` accepts; never a secret'
complete -c portalctl -n "__fish_portalctl_needs_command" -f -a "log" -d 'The audit trail of every change, newest first'
complete -c portalctl -n "__fish_portalctl_needs_command" -f -a "db" -d 'Housekeeping of the store file'
complete -c portalctl -n "__fish_portalctl_needs_command" -f -a "completions" -d 'Print a shell completion script'
complete -c portalctl -n "__fish_portalctl_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c portalctl -n "__fish_portalctl_using_subcommand partner; and not __fish_seen_subcommand_from create list ls show edit delete rm help" -l db -d 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]' -r -F
complete -c portalctl -n "__fish_portalctl_using_subcommand partner; and not __fish_seen_subcommand_from create list ls show edit delete rm help" -l config -d 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]' -r -F
complete -c portalctl -n "__fish_portalctl_using_subcommand partner; and not __fish_seen_subcommand_from create list ls show edit delete rm help" -s o -l output -d 'Output format [env: PORTALCTL_OUTPUT] [default: the config\'s `output`, else table]' -r -f -a "table\t'Aligned tables for people'
json\t'JSON: an object for one entity, an array for lists'
csv\t'CSV with a header row'"
complete -c portalctl -n "__fish_portalctl_using_subcommand partner; and not __fish_seen_subcommand_from create list ls show edit delete rm help" -l actor -d 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand partner; and not __fish_seen_subcommand_from create list ls show edit delete rm help" -s q -l quiet -d 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
complete -c portalctl -n "__fish_portalctl_using_subcommand partner; and not __fish_seen_subcommand_from create list ls show edit delete rm help" -s y -l yes -d 'Answer yes to every confirmation'
complete -c portalctl -n "__fish_portalctl_using_subcommand partner; and not __fish_seen_subcommand_from create list ls show edit delete rm help" -l no-color -d 'Never colour the output (also: `NO_COLOR` set to anything)'
complete -c portalctl -n "__fish_portalctl_using_subcommand partner; and not __fish_seen_subcommand_from create list ls show edit delete rm help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c portalctl -n "__fish_portalctl_using_subcommand partner; and not __fish_seen_subcommand_from create list ls show edit delete rm help" -f -a "create" -d 'Create a partner'
complete -c portalctl -n "__fish_portalctl_using_subcommand partner; and not __fish_seen_subcommand_from create list ls show edit delete rm help" -f -a "list" -d 'List partners, by name'
complete -c portalctl -n "__fish_portalctl_using_subcommand partner; and not __fish_seen_subcommand_from create list ls show edit delete rm help" -f -a "ls" -d 'List partners, by name'
complete -c portalctl -n "__fish_portalctl_using_subcommand partner; and not __fish_seen_subcommand_from create list ls show edit delete rm help" -f -a "show" -d 'Show one partner'
complete -c portalctl -n "__fish_portalctl_using_subcommand partner; and not __fish_seen_subcommand_from create list ls show edit delete rm help" -f -a "edit" -d 'Change a partner\'s name, email or portal URL'
complete -c portalctl -n "__fish_portalctl_using_subcommand partner; and not __fish_seen_subcommand_from create list ls show edit delete rm help" -f -a "delete" -d 'Delete partners with all their customers, sites and probes (asks first)'
complete -c portalctl -n "__fish_portalctl_using_subcommand partner; and not __fish_seen_subcommand_from create list ls show edit delete rm help" -f -a "rm" -d 'Delete partners with all their customers, sites and probes (asks first)'
complete -c portalctl -n "__fish_portalctl_using_subcommand partner; and not __fish_seen_subcommand_from create list ls show edit delete rm help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c portalctl -n "__fish_portalctl_using_subcommand partner; and __fish_seen_subcommand_from create" -l email -d 'Contact email of the partner' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand partner; and __fish_seen_subcommand_from create" -l portal-url -d 'The partner\'s own branded portal (http or https)' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand partner; and __fish_seen_subcommand_from create" -l db -d 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]' -r -F
complete -c portalctl -n "__fish_portalctl_using_subcommand partner; and __fish_seen_subcommand_from create" -l config -d 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]' -r -F
complete -c portalctl -n "__fish_portalctl_using_subcommand partner; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format [env: PORTALCTL_OUTPUT] [default: the config\'s `output`, else table]' -r -f -a "table\t'Aligned tables for people'
json\t'JSON: an object for one entity, an array for lists'
csv\t'CSV with a header row'"
complete -c portalctl -n "__fish_portalctl_using_subcommand partner; and __fish_seen_subcommand_from create" -l actor -d 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand partner; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
complete -c portalctl -n "__fish_portalctl_using_subcommand partner; and __fish_seen_subcommand_from create" -s y -l yes -d 'Answer yes to every confirmation'
complete -c portalctl -n "__fish_portalctl_using_subcommand partner; and __fish_seen_subcommand_from create" -l no-color -d 'Never colour the output (also: `NO_COLOR` set to anything)'
complete -c portalctl -n "__fish_portalctl_using_subcommand partner; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c portalctl -n "__fish_portalctl_using_subcommand partner; and __fish_seen_subcommand_from list" -l name -d 'Name contains this text (case-insensitive)' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand partner; and __fish_seen_subcommand_from list" -l sort -d 'Sort by this field (the command\'s description says the default order)' -r -f -a "name\t''
id\t''
email\t''
created\t''
updated\t''"
complete -c portalctl -n "__fish_portalctl_using_subcommand partner; and __fish_seen_subcommand_from list" -l limit -d 'Show at most N rows' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand partner; and __fish_seen_subcommand_from list" -l offset -d 'Skip the first N rows' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand partner; and __fish_seen_subcommand_from list" -l db -d 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]' -r -F
complete -c portalctl -n "__fish_portalctl_using_subcommand partner; and __fish_seen_subcommand_from list" -l config -d 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]' -r -F
complete -c portalctl -n "__fish_portalctl_using_subcommand partner; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format [env: PORTALCTL_OUTPUT] [default: the config\'s `output`, else table]' -r -f -a "table\t'Aligned tables for people'
json\t'JSON: an object for one entity, an array for lists'
csv\t'CSV with a header row'"
complete -c portalctl -n "__fish_portalctl_using_subcommand partner; and __fish_seen_subcommand_from list" -l actor -d 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand partner; and __fish_seen_subcommand_from list" -l desc -d 'Sort in descending order (Z, newest, highest first)'
complete -c portalctl -n "__fish_portalctl_using_subcommand partner; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
complete -c portalctl -n "__fish_portalctl_using_subcommand partner; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to every confirmation'
complete -c portalctl -n "__fish_portalctl_using_subcommand partner; and __fish_seen_subcommand_from list" -l no-color -d 'Never colour the output (also: `NO_COLOR` set to anything)'
complete -c portalctl -n "__fish_portalctl_using_subcommand partner; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c portalctl -n "__fish_portalctl_using_subcommand partner; and __fish_seen_subcommand_from ls" -l name -d 'Name contains this text (case-insensitive)' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand partner; and __fish_seen_subcommand_from ls" -l sort -d 'Sort by this field (the command\'s description says the default order)' -r -f -a "name\t''
id\t''
email\t''
created\t''
updated\t''"
complete -c portalctl -n "__fish_portalctl_using_subcommand partner; and __fish_seen_subcommand_from ls" -l limit -d 'Show at most N rows' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand partner; and __fish_seen_subcommand_from ls" -l offset -d 'Skip the first N rows' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand partner; and __fish_seen_subcommand_from ls" -l db -d 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]' -r -F
complete -c portalctl -n "__fish_portalctl_using_subcommand partner; and __fish_seen_subcommand_from ls" -l config -d 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]' -r -F
complete -c portalctl -n "__fish_portalctl_using_subcommand partner; and __fish_seen_subcommand_from ls" -s o -l output -d 'Output format [env: PORTALCTL_OUTPUT] [default: the config\'s `output`, else table]' -r -f -a "table\t'Aligned tables for people'
json\t'JSON: an object for one entity, an array for lists'
csv\t'CSV with a header row'"
complete -c portalctl -n "__fish_portalctl_using_subcommand partner; and __fish_seen_subcommand_from ls" -l actor -d 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand partner; and __fish_seen_subcommand_from ls" -l desc -d 'Sort in descending order (Z, newest, highest first)'
complete -c portalctl -n "__fish_portalctl_using_subcommand partner; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
complete -c portalctl -n "__fish_portalctl_using_subcommand partner; and __fish_seen_subcommand_from ls" -s y -l yes -d 'Answer yes to every confirmation'
complete -c portalctl -n "__fish_portalctl_using_subcommand partner; and __fish_seen_subcommand_from ls" -l no-color -d 'Never colour the output (also: `NO_COLOR` set to anything)'
complete -c portalctl -n "__fish_portalctl_using_subcommand partner; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c portalctl -n "__fish_portalctl_using_subcommand partner; and __fish_seen_subcommand_from show" -l db -d 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]' -r -F
complete -c portalctl -n "__fish_portalctl_using_subcommand partner; and __fish_seen_subcommand_from show" -l config -d 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]' -r -F
complete -c portalctl -n "__fish_portalctl_using_subcommand partner; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format [env: PORTALCTL_OUTPUT] [default: the config\'s `output`, else table]' -r -f -a "table\t'Aligned tables for people'
json\t'JSON: an object for one entity, an array for lists'
csv\t'CSV with a header row'"
complete -c portalctl -n "__fish_portalctl_using_subcommand partner; and __fish_seen_subcommand_from show" -l actor -d 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand partner; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
complete -c portalctl -n "__fish_portalctl_using_subcommand partner; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to every confirmation'
complete -c portalctl -n "__fish_portalctl_using_subcommand partner; and __fish_seen_subcommand_from show" -l no-color -d 'Never colour the output (also: `NO_COLOR` set to anything)'
complete -c portalctl -n "__fish_portalctl_using_subcommand partner; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c portalctl -n "__fish_portalctl_using_subcommand partner; and __fish_seen_subcommand_from edit" -l name -d 'New name' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand partner; and __fish_seen_subcommand_from edit" -l email -d 'New email' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand partner; and __fish_seen_subcommand_from edit" -l portal-url -d 'New portal URL ("" removes it)' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand partner; and __fish_seen_subcommand_from edit" -l db -d 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]' -r -F
complete -c portalctl -n "__fish_portalctl_using_subcommand partner; and __fish_seen_subcommand_from edit" -l config -d 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]' -r -F
complete -c portalctl -n "__fish_portalctl_using_subcommand partner; and __fish_seen_subcommand_from edit" -s o -l output -d 'Output format [env: PORTALCTL_OUTPUT] [default: the config\'s `output`, else table]' -r -f -a "table\t'Aligned tables for people'
json\t'JSON: an object for one entity, an array for lists'
csv\t'CSV with a header row'"
complete -c portalctl -n "__fish_portalctl_using_subcommand partner; and __fish_seen_subcommand_from edit" -l actor -d 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand partner; and __fish_seen_subcommand_from edit" -s q -l quiet -d 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
complete -c portalctl -n "__fish_portalctl_using_subcommand partner; and __fish_seen_subcommand_from edit" -s y -l yes -d 'Answer yes to every confirmation'
complete -c portalctl -n "__fish_portalctl_using_subcommand partner; and __fish_seen_subcommand_from edit" -l no-color -d 'Never colour the output (also: `NO_COLOR` set to anything)'
complete -c portalctl -n "__fish_portalctl_using_subcommand partner; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c portalctl -n "__fish_portalctl_using_subcommand partner; and __fish_seen_subcommand_from delete" -l db -d 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]' -r -F
complete -c portalctl -n "__fish_portalctl_using_subcommand partner; and __fish_seen_subcommand_from delete" -l config -d 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]' -r -F
complete -c portalctl -n "__fish_portalctl_using_subcommand partner; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format [env: PORTALCTL_OUTPUT] [default: the config\'s `output`, else table]' -r -f -a "table\t'Aligned tables for people'
json\t'JSON: an object for one entity, an array for lists'
csv\t'CSV with a header row'"
complete -c portalctl -n "__fish_portalctl_using_subcommand partner; and __fish_seen_subcommand_from delete" -l actor -d 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand partner; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
complete -c portalctl -n "__fish_portalctl_using_subcommand partner; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Answer yes to every confirmation'
complete -c portalctl -n "__fish_portalctl_using_subcommand partner; and __fish_seen_subcommand_from delete" -l no-color -d 'Never colour the output (also: `NO_COLOR` set to anything)'
complete -c portalctl -n "__fish_portalctl_using_subcommand partner; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c portalctl -n "__fish_portalctl_using_subcommand partner; and __fish_seen_subcommand_from rm" -l db -d 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]' -r -F
complete -c portalctl -n "__fish_portalctl_using_subcommand partner; and __fish_seen_subcommand_from rm" -l config -d 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]' -r -F
complete -c portalctl -n "__fish_portalctl_using_subcommand partner; and __fish_seen_subcommand_from rm" -s o -l output -d 'Output format [env: PORTALCTL_OUTPUT] [default: the config\'s `output`, else table]' -r -f -a "table\t'Aligned tables for people'
json\t'JSON: an object for one entity, an array for lists'
csv\t'CSV with a header row'"
complete -c portalctl -n "__fish_portalctl_using_subcommand partner; and __fish_seen_subcommand_from rm" -l actor -d 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand partner; and __fish_seen_subcommand_from rm" -s q -l quiet -d 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
complete -c portalctl -n "__fish_portalctl_using_subcommand partner; and __fish_seen_subcommand_from rm" -s y -l yes -d 'Answer yes to every confirmation'
complete -c portalctl -n "__fish_portalctl_using_subcommand partner; and __fish_seen_subcommand_from rm" -l no-color -d 'Never colour the output (also: `NO_COLOR` set to anything)'
complete -c portalctl -n "__fish_portalctl_using_subcommand partner; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c portalctl -n "__fish_portalctl_using_subcommand partner; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a partner'
complete -c portalctl -n "__fish_portalctl_using_subcommand partner; and __fish_seen_subcommand_from help" -f -a "list" -d 'List partners, by name'
complete -c portalctl -n "__fish_portalctl_using_subcommand partner; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one partner'
complete -c portalctl -n "__fish_portalctl_using_subcommand partner; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Change a partner\'s name, email or portal URL'
complete -c portalctl -n "__fish_portalctl_using_subcommand partner; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete partners with all their customers, sites and probes (asks first)'
complete -c portalctl -n "__fish_portalctl_using_subcommand partner; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c portalctl -n "__fish_portalctl_using_subcommand customer; and not __fish_seen_subcommand_from create list ls show edit activate deactivate view delete rm help" -l db -d 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]' -r -F
complete -c portalctl -n "__fish_portalctl_using_subcommand customer; and not __fish_seen_subcommand_from create list ls show edit activate deactivate view delete rm help" -l config -d 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]' -r -F
complete -c portalctl -n "__fish_portalctl_using_subcommand customer; and not __fish_seen_subcommand_from create list ls show edit activate deactivate view delete rm help" -s o -l output -d 'Output format [env: PORTALCTL_OUTPUT] [default: the config\'s `output`, else table]' -r -f -a "table\t'Aligned tables for people'
json\t'JSON: an object for one entity, an array for lists'
csv\t'CSV with a header row'"
complete -c portalctl -n "__fish_portalctl_using_subcommand customer; and not __fish_seen_subcommand_from create list ls show edit activate deactivate view delete rm help" -l actor -d 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand customer; and not __fish_seen_subcommand_from create list ls show edit activate deactivate view delete rm help" -s q -l quiet -d 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
complete -c portalctl -n "__fish_portalctl_using_subcommand customer; and not __fish_seen_subcommand_from create list ls show edit activate deactivate view delete rm help" -s y -l yes -d 'Answer yes to every confirmation'
complete -c portalctl -n "__fish_portalctl_using_subcommand customer; and not __fish_seen_subcommand_from create list ls show edit activate deactivate view delete rm help" -l no-color -d 'Never colour the output (also: `NO_COLOR` set to anything)'
complete -c portalctl -n "__fish_portalctl_using_subcommand customer; and not __fish_seen_subcommand_from create list ls show edit activate deactivate view delete rm help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c portalctl -n "__fish_portalctl_using_subcommand customer; and not __fish_seen_subcommand_from create list ls show edit activate deactivate view delete rm help" -f -a "create" -d 'Create a customer under a partner, or a direct customer'
complete -c portalctl -n "__fish_portalctl_using_subcommand customer; and not __fish_seen_subcommand_from create list ls show edit activate deactivate view delete rm help" -f -a "list" -d 'List customers, by name; filters combine with AND'
complete -c portalctl -n "__fish_portalctl_using_subcommand customer; and not __fish_seen_subcommand_from create list ls show edit activate deactivate view delete rm help" -f -a "ls" -d 'List customers, by name; filters combine with AND'
complete -c portalctl -n "__fish_portalctl_using_subcommand customer; and not __fish_seen_subcommand_from create list ls show edit activate deactivate view delete rm help" -f -a "show" -d 'Show one customer'
complete -c portalctl -n "__fish_portalctl_using_subcommand customer; and not __fish_seen_subcommand_from create list ls show edit activate deactivate view delete rm help" -f -a "edit" -d 'Change a customer\'s name, email, workflow or branding (the partner is fixed)'
complete -c portalctl -n "__fish_portalctl_using_subcommand customer; and not __fish_seen_subcommand_from create list ls show edit activate deactivate view delete rm help" -f -a "activate" -d 'Reactivate customers: portal access and data transfers resume'
complete -c portalctl -n "__fish_portalctl_using_subcommand customer; and not __fish_seen_subcommand_from create list ls show edit activate deactivate view delete rm help" -f -a "deactivate" -d 'Deactivate customers: no portal access and no data transfers; data is kept'
complete -c portalctl -n "__fish_portalctl_using_subcommand customer; and not __fish_seen_subcommand_from create list ls show edit activate deactivate view delete rm help" -f -a "view" -d 'See the account as its end customer does (the portal\'s "log in as"); audited'
complete -c portalctl -n "__fish_portalctl_using_subcommand customer; and not __fish_seen_subcommand_from create list ls show edit activate deactivate view delete rm help" -f -a "delete" -d 'Delete customers with all their sites and probes (asks first)'
complete -c portalctl -n "__fish_portalctl_using_subcommand customer; and not __fish_seen_subcommand_from create list ls show edit activate deactivate view delete rm help" -f -a "rm" -d 'Delete customers with all their sites and probes (asks first)'
complete -c portalctl -n "__fish_portalctl_using_subcommand customer; and not __fish_seen_subcommand_from create list ls show edit activate deactivate view delete rm help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c portalctl -n "__fish_portalctl_using_subcommand customer; and __fish_seen_subcommand_from create" -l email -d 'The customer\'s email' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand customer; and __fish_seen_subcommand_from create" -l partner -d 'The partner (id or name) this customer belongs to; fixed once created' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand customer; and __fish_seen_subcommand_from create" -l workflow -d 'A workflow label' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand customer; and __fish_seen_subcommand_from create" -l display-name -d 'Name shown in the customer\'s portal' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand customer; and __fish_seen_subcommand_from create" -l logo-url -d 'Logo shown in the customer\'s portal (http or https URL)' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand customer; and __fish_seen_subcommand_from create" -l primary-color -d 'Portal colour, #rrggbb' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand customer; and __fish_seen_subcommand_from create" -l support-email -d 'Where the customer\'s users ask for help' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand customer; and __fish_seen_subcommand_from create" -l db -d 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]' -r -F
complete -c portalctl -n "__fish_portalctl_using_subcommand customer; and __fish_seen_subcommand_from create" -l config -d 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]' -r -F
complete -c portalctl -n "__fish_portalctl_using_subcommand customer; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format [env: PORTALCTL_OUTPUT] [default: the config\'s `output`, else table]' -r -f -a "table\t'Aligned tables for people'
json\t'JSON: an object for one entity, an array for lists'
csv\t'CSV with a header row'"
complete -c portalctl -n "__fish_portalctl_using_subcommand customer; and __fish_seen_subcommand_from create" -l actor -d 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand customer; and __fish_seen_subcommand_from create" -l direct -d 'A direct customer, with no partner (give this or --partner)'
complete -c portalctl -n "__fish_portalctl_using_subcommand customer; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
complete -c portalctl -n "__fish_portalctl_using_subcommand customer; and __fish_seen_subcommand_from create" -s y -l yes -d 'Answer yes to every confirmation'
complete -c portalctl -n "__fish_portalctl_using_subcommand customer; and __fish_seen_subcommand_from create" -l no-color -d 'Never colour the output (also: `NO_COLOR` set to anything)'
complete -c portalctl -n "__fish_portalctl_using_subcommand customer; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c portalctl -n "__fish_portalctl_using_subcommand customer; and __fish_seen_subcommand_from list" -l partner -d 'Only customers of this partner (id or name)' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand customer; and __fish_seen_subcommand_from list" -l name -d 'Name contains this text (case-insensitive)' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand customer; and __fish_seen_subcommand_from list" -l email -d 'Email is exactly this (case-insensitive)' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand customer; and __fish_seen_subcommand_from list" -l workflow -d 'Workflow is exactly this' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand customer; and __fish_seen_subcommand_from list" -l status -d 'Only active or only inactive customers' -r -f -a "active\t''
inactive\t''"
complete -c portalctl -n "__fish_portalctl_using_subcommand customer; and __fish_seen_subcommand_from list" -l portal -d 'Only customers whose portal is enabled or disabled' -r -f -a "enabled\t''
disabled\t''"
complete -c portalctl -n "__fish_portalctl_using_subcommand customer; and __fish_seen_subcommand_from list" -l sort -d 'Sort by this field (the command\'s description says the default order)' -r -f -a "name\t''
id\t''
email\t''
created\t''
updated\t''
partner\t'By partner name (direct customers first), then name'"
complete -c portalctl -n "__fish_portalctl_using_subcommand customer; and __fish_seen_subcommand_from list" -l limit -d 'Show at most N rows' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand customer; and __fish_seen_subcommand_from list" -l offset -d 'Skip the first N rows' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand customer; and __fish_seen_subcommand_from list" -l db -d 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]' -r -F
complete -c portalctl -n "__fish_portalctl_using_subcommand customer; and __fish_seen_subcommand_from list" -l config -d 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]' -r -F
complete -c portalctl -n "__fish_portalctl_using_subcommand customer; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format [env: PORTALCTL_OUTPUT] [default: the config\'s `output`, else table]' -r -f -a "table\t'Aligned tables for people'
json\t'JSON: an object for one entity, an array for lists'
csv\t'CSV with a header row'"
complete -c portalctl -n "__fish_portalctl_using_subcommand customer; and __fish_seen_subcommand_from list" -l actor -d 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand customer; and __fish_seen_subcommand_from list" -l direct -d 'Only direct customers'
complete -c portalctl -n "__fish_portalctl_using_subcommand customer; and __fish_seen_subcommand_from list" -l desc -d 'Sort in descending order (Z, newest, highest first)'
complete -c portalctl -n "__fish_portalctl_using_subcommand customer; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
complete -c portalctl -n "__fish_portalctl_using_subcommand customer; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to every confirmation'
complete -c portalctl -n "__fish_portalctl_using_subcommand customer; and __fish_seen_subcommand_from list" -l no-color -d 'Never colour the output (also: `NO_COLOR` set to anything)'
complete -c portalctl -n "__fish_portalctl_using_subcommand customer; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c portalctl -n "__fish_portalctl_using_subcommand customer; and __fish_seen_subcommand_from ls" -l partner -d 'Only customers of this partner (id or name)' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand customer; and __fish_seen_subcommand_from ls" -l name -d 'Name contains this text (case-insensitive)' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand customer; and __fish_seen_subcommand_from ls" -l email -d 'Email is exactly this (case-insensitive)' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand customer; and __fish_seen_subcommand_from ls" -l workflow -d 'Workflow is exactly this' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand customer; and __fish_seen_subcommand_from ls" -l status -d 'Only active or only inactive customers' -r -f -a "active\t''
inactive\t''"
complete -c portalctl -n "__fish_portalctl_using_subcommand customer; and __fish_seen_subcommand_from ls" -l portal -d 'Only customers whose portal is enabled or disabled' -r -f -a "enabled\t''
disabled\t''"
complete -c portalctl -n "__fish_portalctl_using_subcommand customer; and __fish_seen_subcommand_from ls" -l sort -d 'Sort by this field (the command\'s description says the default order)' -r -f -a "name\t''
id\t''
email\t''
created\t''
updated\t''
partner\t'By partner name (direct customers first), then name'"
complete -c portalctl -n "__fish_portalctl_using_subcommand customer; and __fish_seen_subcommand_from ls" -l limit -d 'Show at most N rows' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand customer; and __fish_seen_subcommand_from ls" -l offset -d 'Skip the first N rows' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand customer; and __fish_seen_subcommand_from ls" -l db -d 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]' -r -F
complete -c portalctl -n "__fish_portalctl_using_subcommand customer; and __fish_seen_subcommand_from ls" -l config -d 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]' -r -F
complete -c portalctl -n "__fish_portalctl_using_subcommand customer; and __fish_seen_subcommand_from ls" -s o -l output -d 'Output format [env: PORTALCTL_OUTPUT] [default: the config\'s `output`, else table]' -r -f -a "table\t'Aligned tables for people'
json\t'JSON: an object for one entity, an array for lists'
csv\t'CSV with a header row'"
complete -c portalctl -n "__fish_portalctl_using_subcommand customer; and __fish_seen_subcommand_from ls" -l actor -d 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand customer; and __fish_seen_subcommand_from ls" -l direct -d 'Only direct customers'
complete -c portalctl -n "__fish_portalctl_using_subcommand customer; and __fish_seen_subcommand_from ls" -l desc -d 'Sort in descending order (Z, newest, highest first)'
complete -c portalctl -n "__fish_portalctl_using_subcommand customer; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
complete -c portalctl -n "__fish_portalctl_using_subcommand customer; and __fish_seen_subcommand_from ls" -s y -l yes -d 'Answer yes to every confirmation'
complete -c portalctl -n "__fish_portalctl_using_subcommand customer; and __fish_seen_subcommand_from ls" -l no-color -d 'Never colour the output (also: `NO_COLOR` set to anything)'
complete -c portalctl -n "__fish_portalctl_using_subcommand customer; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c portalctl -n "__fish_portalctl_using_subcommand customer; and __fish_seen_subcommand_from show" -l partner -d 'The customer\'s partner (id or name), when a name is used under several partners' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand customer; and __fish_seen_subcommand_from show" -l db -d 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]' -r -F
complete -c portalctl -n "__fish_portalctl_using_subcommand customer; and __fish_seen_subcommand_from show" -l config -d 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]' -r -F
complete -c portalctl -n "__fish_portalctl_using_subcommand customer; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format [env: PORTALCTL_OUTPUT] [default: the config\'s `output`, else table]' -r -f -a "table\t'Aligned tables for people'
json\t'JSON: an object for one entity, an array for lists'
csv\t'CSV with a header row'"
complete -c portalctl -n "__fish_portalctl_using_subcommand customer; and __fish_seen_subcommand_from show" -l actor -d 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand customer; and __fish_seen_subcommand_from show" -l direct -d 'The customer is a direct customer (no partner)'
complete -c portalctl -n "__fish_portalctl_using_subcommand customer; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
complete -c portalctl -n "__fish_portalctl_using_subcommand customer; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to every confirmation'
complete -c portalctl -n "__fish_portalctl_using_subcommand customer; and __fish_seen_subcommand_from show" -l no-color -d 'Never colour the output (also: `NO_COLOR` set to anything)'
complete -c portalctl -n "__fish_portalctl_using_subcommand customer; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c portalctl -n "__fish_portalctl_using_subcommand customer; and __fish_seen_subcommand_from edit" -l partner -d 'The customer\'s partner (id or name), when a name is used under several partners' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand customer; and __fish_seen_subcommand_from edit" -l name -d 'New name (1-50 characters)' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand customer; and __fish_seen_subcommand_from edit" -l email -d 'New email' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand customer; and __fish_seen_subcommand_from edit" -l workflow -d 'New workflow label ("" removes it)' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand customer; and __fish_seen_subcommand_from edit" -l display-name -d 'Name shown in the customer\'s portal' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand customer; and __fish_seen_subcommand_from edit" -l logo-url -d 'Logo shown in the customer\'s portal (http or https URL)' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand customer; and __fish_seen_subcommand_from edit" -l primary-color -d 'Portal colour, #rrggbb' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand customer; and __fish_seen_subcommand_from edit" -l support-email -d 'Where the customer\'s users ask for help' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand customer; and __fish_seen_subcommand_from edit" -l db -d 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]' -r -F
complete -c portalctl -n "__fish_portalctl_using_subcommand customer; and __fish_seen_subcommand_from edit" -l config -d 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]' -r -F
complete -c portalctl -n "__fish_portalctl_using_subcommand customer; and __fish_seen_subcommand_from edit" -s o -l output -d 'Output format [env: PORTALCTL_OUTPUT] [default: the config\'s `output`, else table]' -r -f -a "table\t'Aligned tables for people'
json\t'JSON: an object for one entity, an array for lists'
csv\t'CSV with a header row'"
complete -c portalctl -n "__fish_portalctl_using_subcommand customer; and __fish_seen_subcommand_from edit" -l actor -d 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand customer; and __fish_seen_subcommand_from edit" -l direct -d 'The customer is a direct customer (no partner)'
complete -c portalctl -n "__fish_portalctl_using_subcommand customer; and __fish_seen_subcommand_from edit" -s q -l quiet -d 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
complete -c portalctl -n "__fish_portalctl_using_subcommand customer; and __fish_seen_subcommand_from edit" -s y -l yes -d 'Answer yes to every confirmation'
complete -c portalctl -n "__fish_portalctl_using_subcommand customer; and __fish_seen_subcommand_from edit" -l no-color -d 'Never colour the output (also: `NO_COLOR` set to anything)'
complete -c portalctl -n "__fish_portalctl_using_subcommand customer; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c portalctl -n "__fish_portalctl_using_subcommand customer; and __fish_seen_subcommand_from activate" -l partner -d 'The customer\'s partner (id or name), when a name is used under several partners' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand customer; and __fish_seen_subcommand_from activate" -l db -d 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]' -r -F
complete -c portalctl -n "__fish_portalctl_using_subcommand customer; and __fish_seen_subcommand_from activate" -l config -d 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]' -r -F
complete -c portalctl -n "__fish_portalctl_using_subcommand customer; and __fish_seen_subcommand_from activate" -s o -l output -d 'Output format [env: PORTALCTL_OUTPUT] [default: the config\'s `output`, else table]' -r -f -a "table\t'Aligned tables for people'
json\t'JSON: an object for one entity, an array for lists'
csv\t'CSV with a header row'"
complete -c portalctl -n "__fish_portalctl_using_subcommand customer; and __fish_seen_subcommand_from activate" -l actor -d 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand customer; and __fish_seen_subcommand_from activate" -l direct -d 'The customer is a direct customer (no partner)'
complete -c portalctl -n "__fish_portalctl_using_subcommand customer; and __fish_seen_subcommand_from activate" -s q -l quiet -d 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
complete -c portalctl -n "__fish_portalctl_using_subcommand customer; and __fish_seen_subcommand_from activate" -s y -l yes -d 'Answer yes to every confirmation'
complete -c portalctl -n "__fish_portalctl_using_subcommand customer; and __fish_seen_subcommand_from activate" -l no-color -d 'Never colour the output (also: `NO_COLOR` set to anything)'
complete -c portalctl -n "__fish_portalctl_using_subcommand customer; and __fish_seen_subcommand_from activate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c portalctl -n "__fish_portalctl_using_subcommand customer; and __fish_seen_subcommand_from deactivate" -l partner -d 'The customer\'s partner (id or name), when a name is used under several partners' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand customer; and __fish_seen_subcommand_from deactivate" -l db -d 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]' -r -F
complete -c portalctl -n "__fish_portalctl_using_subcommand customer; and __fish_seen_subcommand_from deactivate" -l config -d 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]' -r -F
complete -c portalctl -n "__fish_portalctl_using_subcommand customer; and __fish_seen_subcommand_from deactivate" -s o -l output -d 'Output format [env: PORTALCTL_OUTPUT] [default: the config\'s `output`, else table]' -r -f -a "table\t'Aligned tables for people'
json\t'JSON: an object for one entity, an array for lists'
csv\t'CSV with a header row'"
complete -c portalctl -n "__fish_portalctl_using_subcommand customer; and __fish_seen_subcommand_from deactivate" -l actor -d 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand customer; and __fish_seen_subcommand_from deactivate" -l direct -d 'The customer is a direct customer (no partner)'
complete -c portalctl -n "__fish_portalctl_using_subcommand customer; and __fish_seen_subcommand_from deactivate" -s q -l quiet -d 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
complete -c portalctl -n "__fish_portalctl_using_subcommand customer; and __fish_seen_subcommand_from deactivate" -s y -l yes -d 'Answer yes to every confirmation'
complete -c portalctl -n "__fish_portalctl_using_subcommand customer; and __fish_seen_subcommand_from deactivate" -l no-color -d 'Never colour the output (also: `NO_COLOR` set to anything)'
complete -c portalctl -n "__fish_portalctl_using_subcommand customer; and __fish_seen_subcommand_from deactivate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c portalctl -n "__fish_portalctl_using_subcommand customer; and __fish_seen_subcommand_from view" -l partner -d 'The customer\'s partner (id or name), when a name is used under several partners' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand customer; and __fish_seen_subcommand_from view" -l reason -d 'Why you look, recorded in the audit log' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand customer; and __fish_seen_subcommand_from view" -l db -d 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]' -r -F
complete -c portalctl -n "__fish_portalctl_using_subcommand customer; and __fish_seen_subcommand_from view" -l config -d 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]' -r -F
complete -c portalctl -n "__fish_portalctl_using_subcommand customer; and __fish_seen_subcommand_from view" -s o -l output -d 'Output format [env: PORTALCTL_OUTPUT] [default: the config\'s `output`, else table]' -r -f -a "table\t'Aligned tables for people'
json\t'JSON: an object for one entity, an array for lists'
csv\t'CSV with a header row'"
complete -c portalctl -n "__fish_portalctl_using_subcommand customer; and __fish_seen_subcommand_from view" -l actor -d 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand customer; and __fish_seen_subcommand_from view" -l direct -d 'The customer is a direct customer (no partner)'
complete -c portalctl -n "__fish_portalctl_using_subcommand customer; and __fish_seen_subcommand_from view" -s q -l quiet -d 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
complete -c portalctl -n "__fish_portalctl_using_subcommand customer; and __fish_seen_subcommand_from view" -s y -l yes -d 'Answer yes to every confirmation'
complete -c portalctl -n "__fish_portalctl_using_subcommand customer; and __fish_seen_subcommand_from view" -l no-color -d 'Never colour the output (also: `NO_COLOR` set to anything)'
complete -c portalctl -n "__fish_portalctl_using_subcommand customer; and __fish_seen_subcommand_from view" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c portalctl -n "__fish_portalctl_using_subcommand customer; and __fish_seen_subcommand_from delete" -l partner -d 'The customer\'s partner (id or name), when a name is used under several partners' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand customer; and __fish_seen_subcommand_from delete" -l db -d 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]' -r -F
complete -c portalctl -n "__fish_portalctl_using_subcommand customer; and __fish_seen_subcommand_from delete" -l config -d 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]' -r -F
complete -c portalctl -n "__fish_portalctl_using_subcommand customer; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format [env: PORTALCTL_OUTPUT] [default: the config\'s `output`, else table]' -r -f -a "table\t'Aligned tables for people'
json\t'JSON: an object for one entity, an array for lists'
csv\t'CSV with a header row'"
complete -c portalctl -n "__fish_portalctl_using_subcommand customer; and __fish_seen_subcommand_from delete" -l actor -d 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand customer; and __fish_seen_subcommand_from delete" -l direct -d 'The customer is a direct customer (no partner)'
complete -c portalctl -n "__fish_portalctl_using_subcommand customer; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
complete -c portalctl -n "__fish_portalctl_using_subcommand customer; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Answer yes to every confirmation'
complete -c portalctl -n "__fish_portalctl_using_subcommand customer; and __fish_seen_subcommand_from delete" -l no-color -d 'Never colour the output (also: `NO_COLOR` set to anything)'
complete -c portalctl -n "__fish_portalctl_using_subcommand customer; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c portalctl -n "__fish_portalctl_using_subcommand customer; and __fish_seen_subcommand_from rm" -l partner -d 'The customer\'s partner (id or name), when a name is used under several partners' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand customer; and __fish_seen_subcommand_from rm" -l db -d 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]' -r -F
complete -c portalctl -n "__fish_portalctl_using_subcommand customer; and __fish_seen_subcommand_from rm" -l config -d 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]' -r -F
complete -c portalctl -n "__fish_portalctl_using_subcommand customer; and __fish_seen_subcommand_from rm" -s o -l output -d 'Output format [env: PORTALCTL_OUTPUT] [default: the config\'s `output`, else table]' -r -f -a "table\t'Aligned tables for people'
json\t'JSON: an object for one entity, an array for lists'
csv\t'CSV with a header row'"
complete -c portalctl -n "__fish_portalctl_using_subcommand customer; and __fish_seen_subcommand_from rm" -l actor -d 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand customer; and __fish_seen_subcommand_from rm" -l direct -d 'The customer is a direct customer (no partner)'
complete -c portalctl -n "__fish_portalctl_using_subcommand customer; and __fish_seen_subcommand_from rm" -s q -l quiet -d 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
complete -c portalctl -n "__fish_portalctl_using_subcommand customer; and __fish_seen_subcommand_from rm" -s y -l yes -d 'Answer yes to every confirmation'
complete -c portalctl -n "__fish_portalctl_using_subcommand customer; and __fish_seen_subcommand_from rm" -l no-color -d 'Never colour the output (also: `NO_COLOR` set to anything)'
complete -c portalctl -n "__fish_portalctl_using_subcommand customer; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c portalctl -n "__fish_portalctl_using_subcommand customer; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a customer under a partner, or a direct customer'
complete -c portalctl -n "__fish_portalctl_using_subcommand customer; and __fish_seen_subcommand_from help" -f -a "list" -d 'List customers, by name; filters combine with AND'
complete -c portalctl -n "__fish_portalctl_using_subcommand customer; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one customer'
complete -c portalctl -n "__fish_portalctl_using_subcommand customer; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Change a customer\'s name, email, workflow or branding (the partner is fixed)'
complete -c portalctl -n "__fish_portalctl_using_subcommand customer; and __fish_seen_subcommand_from help" -f -a "activate" -d 'Reactivate customers: portal access and data transfers resume'
complete -c portalctl -n "__fish_portalctl_using_subcommand customer; and __fish_seen_subcommand_from help" -f -a "deactivate" -d 'Deactivate customers: no portal access and no data transfers; data is kept'
complete -c portalctl -n "__fish_portalctl_using_subcommand customer; and __fish_seen_subcommand_from help" -f -a "view" -d 'See the account as its end customer does (the portal\'s "log in as"); audited'
complete -c portalctl -n "__fish_portalctl_using_subcommand customer; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete customers with all their sites and probes (asks first)'
complete -c portalctl -n "__fish_portalctl_using_subcommand customer; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c portalctl -n "__fish_portalctl_using_subcommand site; and not __fish_seen_subcommand_from create list ls show edit delete rm help" -l db -d 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]' -r -F
complete -c portalctl -n "__fish_portalctl_using_subcommand site; and not __fish_seen_subcommand_from create list ls show edit delete rm help" -l config -d 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]' -r -F
complete -c portalctl -n "__fish_portalctl_using_subcommand site; and not __fish_seen_subcommand_from create list ls show edit delete rm help" -s o -l output -d 'Output format [env: PORTALCTL_OUTPUT] [default: the config\'s `output`, else table]' -r -f -a "table\t'Aligned tables for people'
json\t'JSON: an object for one entity, an array for lists'
csv\t'CSV with a header row'"
complete -c portalctl -n "__fish_portalctl_using_subcommand site; and not __fish_seen_subcommand_from create list ls show edit delete rm help" -l actor -d 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand site; and not __fish_seen_subcommand_from create list ls show edit delete rm help" -s q -l quiet -d 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
complete -c portalctl -n "__fish_portalctl_using_subcommand site; and not __fish_seen_subcommand_from create list ls show edit delete rm help" -s y -l yes -d 'Answer yes to every confirmation'
complete -c portalctl -n "__fish_portalctl_using_subcommand site; and not __fish_seen_subcommand_from create list ls show edit delete rm help" -l no-color -d 'Never colour the output (also: `NO_COLOR` set to anything)'
complete -c portalctl -n "__fish_portalctl_using_subcommand site; and not __fish_seen_subcommand_from create list ls show edit delete rm help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c portalctl -n "__fish_portalctl_using_subcommand site; and not __fish_seen_subcommand_from create list ls show edit delete rm help" -f -a "create" -d 'Create a site of a customer'
complete -c portalctl -n "__fish_portalctl_using_subcommand site; and not __fish_seen_subcommand_from create list ls show edit delete rm help" -f -a "list" -d 'List sites, by customer then name'
complete -c portalctl -n "__fish_portalctl_using_subcommand site; and not __fish_seen_subcommand_from create list ls show edit delete rm help" -f -a "ls" -d 'List sites, by customer then name'
complete -c portalctl -n "__fish_portalctl_using_subcommand site; and not __fish_seen_subcommand_from create list ls show edit delete rm help" -f -a "show" -d 'Show one site'
complete -c portalctl -n "__fish_portalctl_using_subcommand site; and not __fish_seen_subcommand_from create list ls show edit delete rm help" -f -a "edit" -d 'Change a site\'s name or address'
complete -c portalctl -n "__fish_portalctl_using_subcommand site; and not __fish_seen_subcommand_from create list ls show edit delete rm help" -f -a "delete" -d 'Delete sites with their probes (asks first)'
complete -c portalctl -n "__fish_portalctl_using_subcommand site; and not __fish_seen_subcommand_from create list ls show edit delete rm help" -f -a "rm" -d 'Delete sites with their probes (asks first)'
complete -c portalctl -n "__fish_portalctl_using_subcommand site; and not __fish_seen_subcommand_from create list ls show edit delete rm help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c portalctl -n "__fish_portalctl_using_subcommand site; and __fish_seen_subcommand_from create" -l customer -d 'The customer (id or name)' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand site; and __fish_seen_subcommand_from create" -l partner -d 'The customer\'s partner (id or name), when the customer name is ambiguous' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand site; and __fish_seen_subcommand_from create" -l address -d 'Postal address' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand site; and __fish_seen_subcommand_from create" -l db -d 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]' -r -F
complete -c portalctl -n "__fish_portalctl_using_subcommand site; and __fish_seen_subcommand_from create" -l config -d 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]' -r -F
complete -c portalctl -n "__fish_portalctl_using_subcommand site; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format [env: PORTALCTL_OUTPUT] [default: the config\'s `output`, else table]' -r -f -a "table\t'Aligned tables for people'
json\t'JSON: an object for one entity, an array for lists'
csv\t'CSV with a header row'"
complete -c portalctl -n "__fish_portalctl_using_subcommand site; and __fish_seen_subcommand_from create" -l actor -d 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand site; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
complete -c portalctl -n "__fish_portalctl_using_subcommand site; and __fish_seen_subcommand_from create" -s y -l yes -d 'Answer yes to every confirmation'
complete -c portalctl -n "__fish_portalctl_using_subcommand site; and __fish_seen_subcommand_from create" -l no-color -d 'Never colour the output (also: `NO_COLOR` set to anything)'
complete -c portalctl -n "__fish_portalctl_using_subcommand site; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c portalctl -n "__fish_portalctl_using_subcommand site; and __fish_seen_subcommand_from list" -l customer -d 'Only sites of this customer (id or name)' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand site; and __fish_seen_subcommand_from list" -l partner -d 'Only sites of this partner\'s customers (id or name)' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand site; and __fish_seen_subcommand_from list" -l portal -d 'Only sites whose portal is enabled or disabled' -r -f -a "enabled\t''
disabled\t''"
complete -c portalctl -n "__fish_portalctl_using_subcommand site; and __fish_seen_subcommand_from list" -l name -d 'Name contains this text (case-insensitive)' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand site; and __fish_seen_subcommand_from list" -l sort -d 'Sort by this field (the command\'s description says the default order)' -r -f -a "customer\t''
name\t''
id\t''
created\t''
updated\t''"
complete -c portalctl -n "__fish_portalctl_using_subcommand site; and __fish_seen_subcommand_from list" -l limit -d 'Show at most N rows' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand site; and __fish_seen_subcommand_from list" -l offset -d 'Skip the first N rows' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand site; and __fish_seen_subcommand_from list" -l db -d 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]' -r -F
complete -c portalctl -n "__fish_portalctl_using_subcommand site; and __fish_seen_subcommand_from list" -l config -d 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]' -r -F
complete -c portalctl -n "__fish_portalctl_using_subcommand site; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format [env: PORTALCTL_OUTPUT] [default: the config\'s `output`, else table]' -r -f -a "table\t'Aligned tables for people'
json\t'JSON: an object for one entity, an array for lists'
csv\t'CSV with a header row'"
complete -c portalctl -n "__fish_portalctl_using_subcommand site; and __fish_seen_subcommand_from list" -l actor -d 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand site; and __fish_seen_subcommand_from list" -l desc -d 'Sort in descending order (Z, newest, highest first)'
complete -c portalctl -n "__fish_portalctl_using_subcommand site; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
complete -c portalctl -n "__fish_portalctl_using_subcommand site; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to every confirmation'
complete -c portalctl -n "__fish_portalctl_using_subcommand site; and __fish_seen_subcommand_from list" -l no-color -d 'Never colour the output (also: `NO_COLOR` set to anything)'
complete -c portalctl -n "__fish_portalctl_using_subcommand site; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c portalctl -n "__fish_portalctl_using_subcommand site; and __fish_seen_subcommand_from ls" -l customer -d 'Only sites of this customer (id or name)' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand site; and __fish_seen_subcommand_from ls" -l partner -d 'Only sites of this partner\'s customers (id or name)' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand site; and __fish_seen_subcommand_from ls" -l portal -d 'Only sites whose portal is enabled or disabled' -r -f -a "enabled\t''
disabled\t''"
complete -c portalctl -n "__fish_portalctl_using_subcommand site; and __fish_seen_subcommand_from ls" -l name -d 'Name contains this text (case-insensitive)' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand site; and __fish_seen_subcommand_from ls" -l sort -d 'Sort by this field (the command\'s description says the default order)' -r -f -a "customer\t''
name\t''
id\t''
created\t''
updated\t''"
complete -c portalctl -n "__fish_portalctl_using_subcommand site; and __fish_seen_subcommand_from ls" -l limit -d 'Show at most N rows' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand site; and __fish_seen_subcommand_from ls" -l offset -d 'Skip the first N rows' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand site; and __fish_seen_subcommand_from ls" -l db -d 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]' -r -F
complete -c portalctl -n "__fish_portalctl_using_subcommand site; and __fish_seen_subcommand_from ls" -l config -d 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]' -r -F
complete -c portalctl -n "__fish_portalctl_using_subcommand site; and __fish_seen_subcommand_from ls" -s o -l output -d 'Output format [env: PORTALCTL_OUTPUT] [default: the config\'s `output`, else table]' -r -f -a "table\t'Aligned tables for people'
json\t'JSON: an object for one entity, an array for lists'
csv\t'CSV with a header row'"
complete -c portalctl -n "__fish_portalctl_using_subcommand site; and __fish_seen_subcommand_from ls" -l actor -d 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand site; and __fish_seen_subcommand_from ls" -l desc -d 'Sort in descending order (Z, newest, highest first)'
complete -c portalctl -n "__fish_portalctl_using_subcommand site; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
complete -c portalctl -n "__fish_portalctl_using_subcommand site; and __fish_seen_subcommand_from ls" -s y -l yes -d 'Answer yes to every confirmation'
complete -c portalctl -n "__fish_portalctl_using_subcommand site; and __fish_seen_subcommand_from ls" -l no-color -d 'Never colour the output (also: `NO_COLOR` set to anything)'
complete -c portalctl -n "__fish_portalctl_using_subcommand site; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c portalctl -n "__fish_portalctl_using_subcommand site; and __fish_seen_subcommand_from show" -l customer -d 'The customer (id or name), when the name or email is used by several customers' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand site; and __fish_seen_subcommand_from show" -l partner -d 'The customer\'s partner (id or name), when the customer name is ambiguous' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand site; and __fish_seen_subcommand_from show" -l db -d 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]' -r -F
complete -c portalctl -n "__fish_portalctl_using_subcommand site; and __fish_seen_subcommand_from show" -l config -d 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]' -r -F
complete -c portalctl -n "__fish_portalctl_using_subcommand site; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format [env: PORTALCTL_OUTPUT] [default: the config\'s `output`, else table]' -r -f -a "table\t'Aligned tables for people'
json\t'JSON: an object for one entity, an array for lists'
csv\t'CSV with a header row'"
complete -c portalctl -n "__fish_portalctl_using_subcommand site; and __fish_seen_subcommand_from show" -l actor -d 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand site; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
complete -c portalctl -n "__fish_portalctl_using_subcommand site; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to every confirmation'
complete -c portalctl -n "__fish_portalctl_using_subcommand site; and __fish_seen_subcommand_from show" -l no-color -d 'Never colour the output (also: `NO_COLOR` set to anything)'
complete -c portalctl -n "__fish_portalctl_using_subcommand site; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c portalctl -n "__fish_portalctl_using_subcommand site; and __fish_seen_subcommand_from edit" -l customer -d 'The customer (id or name), when the name or email is used by several customers' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand site; and __fish_seen_subcommand_from edit" -l partner -d 'The customer\'s partner (id or name), when the customer name is ambiguous' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand site; and __fish_seen_subcommand_from edit" -l name -d 'New name' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand site; and __fish_seen_subcommand_from edit" -l address -d 'New address ("" removes it)' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand site; and __fish_seen_subcommand_from edit" -l db -d 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]' -r -F
complete -c portalctl -n "__fish_portalctl_using_subcommand site; and __fish_seen_subcommand_from edit" -l config -d 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]' -r -F
complete -c portalctl -n "__fish_portalctl_using_subcommand site; and __fish_seen_subcommand_from edit" -s o -l output -d 'Output format [env: PORTALCTL_OUTPUT] [default: the config\'s `output`, else table]' -r -f -a "table\t'Aligned tables for people'
json\t'JSON: an object for one entity, an array for lists'
csv\t'CSV with a header row'"
complete -c portalctl -n "__fish_portalctl_using_subcommand site; and __fish_seen_subcommand_from edit" -l actor -d 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand site; and __fish_seen_subcommand_from edit" -s q -l quiet -d 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
complete -c portalctl -n "__fish_portalctl_using_subcommand site; and __fish_seen_subcommand_from edit" -s y -l yes -d 'Answer yes to every confirmation'
complete -c portalctl -n "__fish_portalctl_using_subcommand site; and __fish_seen_subcommand_from edit" -l no-color -d 'Never colour the output (also: `NO_COLOR` set to anything)'
complete -c portalctl -n "__fish_portalctl_using_subcommand site; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c portalctl -n "__fish_portalctl_using_subcommand site; and __fish_seen_subcommand_from delete" -l customer -d 'The customer (id or name), when the name or email is used by several customers' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand site; and __fish_seen_subcommand_from delete" -l partner -d 'The customer\'s partner (id or name), when the customer name is ambiguous' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand site; and __fish_seen_subcommand_from delete" -l db -d 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]' -r -F
complete -c portalctl -n "__fish_portalctl_using_subcommand site; and __fish_seen_subcommand_from delete" -l config -d 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]' -r -F
complete -c portalctl -n "__fish_portalctl_using_subcommand site; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format [env: PORTALCTL_OUTPUT] [default: the config\'s `output`, else table]' -r -f -a "table\t'Aligned tables for people'
json\t'JSON: an object for one entity, an array for lists'
csv\t'CSV with a header row'"
complete -c portalctl -n "__fish_portalctl_using_subcommand site; and __fish_seen_subcommand_from delete" -l actor -d 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand site; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
complete -c portalctl -n "__fish_portalctl_using_subcommand site; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Answer yes to every confirmation'
complete -c portalctl -n "__fish_portalctl_using_subcommand site; and __fish_seen_subcommand_from delete" -l no-color -d 'Never colour the output (also: `NO_COLOR` set to anything)'
complete -c portalctl -n "__fish_portalctl_using_subcommand site; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c portalctl -n "__fish_portalctl_using_subcommand site; and __fish_seen_subcommand_from rm" -l customer -d 'The customer (id or name), when the name or email is used by several customers' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand site; and __fish_seen_subcommand_from rm" -l partner -d 'The customer\'s partner (id or name), when the customer name is ambiguous' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand site; and __fish_seen_subcommand_from rm" -l db -d 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]' -r -F
complete -c portalctl -n "__fish_portalctl_using_subcommand site; and __fish_seen_subcommand_from rm" -l config -d 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]' -r -F
complete -c portalctl -n "__fish_portalctl_using_subcommand site; and __fish_seen_subcommand_from rm" -s o -l output -d 'Output format [env: PORTALCTL_OUTPUT] [default: the config\'s `output`, else table]' -r -f -a "table\t'Aligned tables for people'
json\t'JSON: an object for one entity, an array for lists'
csv\t'CSV with a header row'"
complete -c portalctl -n "__fish_portalctl_using_subcommand site; and __fish_seen_subcommand_from rm" -l actor -d 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand site; and __fish_seen_subcommand_from rm" -s q -l quiet -d 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
complete -c portalctl -n "__fish_portalctl_using_subcommand site; and __fish_seen_subcommand_from rm" -s y -l yes -d 'Answer yes to every confirmation'
complete -c portalctl -n "__fish_portalctl_using_subcommand site; and __fish_seen_subcommand_from rm" -l no-color -d 'Never colour the output (also: `NO_COLOR` set to anything)'
complete -c portalctl -n "__fish_portalctl_using_subcommand site; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c portalctl -n "__fish_portalctl_using_subcommand site; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a site of a customer'
complete -c portalctl -n "__fish_portalctl_using_subcommand site; and __fish_seen_subcommand_from help" -f -a "list" -d 'List sites, by customer then name'
complete -c portalctl -n "__fish_portalctl_using_subcommand site; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one site'
complete -c portalctl -n "__fish_portalctl_using_subcommand site; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Change a site\'s name or address'
complete -c portalctl -n "__fish_portalctl_using_subcommand site; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete sites with their probes (asks first)'
complete -c portalctl -n "__fish_portalctl_using_subcommand site; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c portalctl -n "__fish_portalctl_using_subcommand probe; and not __fish_seen_subcommand_from create list ls show edit assign unassign delete rm help" -l db -d 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]' -r -F
complete -c portalctl -n "__fish_portalctl_using_subcommand probe; and not __fish_seen_subcommand_from create list ls show edit assign unassign delete rm help" -l config -d 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]' -r -F
complete -c portalctl -n "__fish_portalctl_using_subcommand probe; and not __fish_seen_subcommand_from create list ls show edit assign unassign delete rm help" -s o -l output -d 'Output format [env: PORTALCTL_OUTPUT] [default: the config\'s `output`, else table]' -r -f -a "table\t'Aligned tables for people'
json\t'JSON: an object for one entity, an array for lists'
csv\t'CSV with a header row'"
complete -c portalctl -n "__fish_portalctl_using_subcommand probe; and not __fish_seen_subcommand_from create list ls show edit assign unassign delete rm help" -l actor -d 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand probe; and not __fish_seen_subcommand_from create list ls show edit assign unassign delete rm help" -s q -l quiet -d 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
complete -c portalctl -n "__fish_portalctl_using_subcommand probe; and not __fish_seen_subcommand_from create list ls show edit assign unassign delete rm help" -s y -l yes -d 'Answer yes to every confirmation'
complete -c portalctl -n "__fish_portalctl_using_subcommand probe; and not __fish_seen_subcommand_from create list ls show edit assign unassign delete rm help" -l no-color -d 'Never colour the output (also: `NO_COLOR` set to anything)'
complete -c portalctl -n "__fish_portalctl_using_subcommand probe; and not __fish_seen_subcommand_from create list ls show edit assign unassign delete rm help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c portalctl -n "__fish_portalctl_using_subcommand probe; and not __fish_seen_subcommand_from create list ls show edit assign unassign delete rm help" -f -a "create" -d 'Create a probe and print its installation token once'
complete -c portalctl -n "__fish_portalctl_using_subcommand probe; and not __fish_seen_subcommand_from create list ls show edit assign unassign delete rm help" -f -a "list" -d 'List probes, by customer and site (unassigned ones first), then name'
complete -c portalctl -n "__fish_portalctl_using_subcommand probe; and not __fish_seen_subcommand_from create list ls show edit assign unassign delete rm help" -f -a "ls" -d 'List probes, by customer and site (unassigned ones first), then name'
complete -c portalctl -n "__fish_portalctl_using_subcommand probe; and not __fish_seen_subcommand_from create list ls show edit assign unassign delete rm help" -f -a "show" -d 'Show one probe (never its token)'
complete -c portalctl -n "__fish_portalctl_using_subcommand probe; and not __fish_seen_subcommand_from create list ls show edit assign unassign delete rm help" -f -a "edit" -d 'Change a probe\'s name or serial'
complete -c portalctl -n "__fish_portalctl_using_subcommand probe; and not __fish_seen_subcommand_from create list ls show edit assign unassign delete rm help" -f -a "assign" -d 'Install a probe at a site'
complete -c portalctl -n "__fish_portalctl_using_subcommand probe; and not __fish_seen_subcommand_from create list ls show edit assign unassign delete rm help" -f -a "unassign" -d 'Take a probe off its site'
complete -c portalctl -n "__fish_portalctl_using_subcommand probe; and not __fish_seen_subcommand_from create list ls show edit assign unassign delete rm help" -f -a "delete" -d 'Delete probes (asks first)'
complete -c portalctl -n "__fish_portalctl_using_subcommand probe; and not __fish_seen_subcommand_from create list ls show edit assign unassign delete rm help" -f -a "rm" -d 'Delete probes (asks first)'
complete -c portalctl -n "__fish_portalctl_using_subcommand probe; and not __fish_seen_subcommand_from create list ls show edit assign unassign delete rm help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c portalctl -n "__fish_portalctl_using_subcommand probe; and __fish_seen_subcommand_from create" -l site -d 'The site (id or name) to install the probe at; without it the probe is unassigned' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand probe; and __fish_seen_subcommand_from create" -l customer -d 'The site\'s customer (id or name), when the site name is used by several customers' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand probe; and __fish_seen_subcommand_from create" -l serial -d 'Serial number, unique across all probes' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand probe; and __fish_seen_subcommand_from create" -l db -d 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]' -r -F
complete -c portalctl -n "__fish_portalctl_using_subcommand probe; and __fish_seen_subcommand_from create" -l config -d 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]' -r -F
complete -c portalctl -n "__fish_portalctl_using_subcommand probe; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format [env: PORTALCTL_OUTPUT] [default: the config\'s `output`, else table]' -r -f -a "table\t'Aligned tables for people'
json\t'JSON: an object for one entity, an array for lists'
csv\t'CSV with a header row'"
complete -c portalctl -n "__fish_portalctl_using_subcommand probe; and __fish_seen_subcommand_from create" -l actor -d 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand probe; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
complete -c portalctl -n "__fish_portalctl_using_subcommand probe; and __fish_seen_subcommand_from create" -s y -l yes -d 'Answer yes to every confirmation'
complete -c portalctl -n "__fish_portalctl_using_subcommand probe; and __fish_seen_subcommand_from create" -l no-color -d 'Never colour the output (also: `NO_COLOR` set to anything)'
complete -c portalctl -n "__fish_portalctl_using_subcommand probe; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c portalctl -n "__fish_portalctl_using_subcommand probe; and __fish_seen_subcommand_from list" -l site -d 'Only probes at this site (id or name)' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand probe; and __fish_seen_subcommand_from list" -l customer -d 'Only probes at this customer\'s sites (id or name)' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand probe; and __fish_seen_subcommand_from list" -l name -d 'Name contains this text (case-insensitive)' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand probe; and __fish_seen_subcommand_from list" -l sort -d 'Sort by this field (the command\'s description says the default order)' -r -f -a "site\t''
name\t''
serial\t''
id\t''
created\t''
updated\t''"
complete -c portalctl -n "__fish_portalctl_using_subcommand probe; and __fish_seen_subcommand_from list" -l limit -d 'Show at most N rows' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand probe; and __fish_seen_subcommand_from list" -l offset -d 'Skip the first N rows' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand probe; and __fish_seen_subcommand_from list" -l db -d 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]' -r -F
complete -c portalctl -n "__fish_portalctl_using_subcommand probe; and __fish_seen_subcommand_from list" -l config -d 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]' -r -F
complete -c portalctl -n "__fish_portalctl_using_subcommand probe; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format [env: PORTALCTL_OUTPUT] [default: the config\'s `output`, else table]' -r -f -a "table\t'Aligned tables for people'
json\t'JSON: an object for one entity, an array for lists'
csv\t'CSV with a header row'"
complete -c portalctl -n "__fish_portalctl_using_subcommand probe; and __fish_seen_subcommand_from list" -l actor -d 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand probe; and __fish_seen_subcommand_from list" -l unassigned -d 'Only probes not assigned to any site'
complete -c portalctl -n "__fish_portalctl_using_subcommand probe; and __fish_seen_subcommand_from list" -l desc -d 'Sort in descending order (Z, newest, highest first)'
complete -c portalctl -n "__fish_portalctl_using_subcommand probe; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
complete -c portalctl -n "__fish_portalctl_using_subcommand probe; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to every confirmation'
complete -c portalctl -n "__fish_portalctl_using_subcommand probe; and __fish_seen_subcommand_from list" -l no-color -d 'Never colour the output (also: `NO_COLOR` set to anything)'
complete -c portalctl -n "__fish_portalctl_using_subcommand probe; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c portalctl -n "__fish_portalctl_using_subcommand probe; and __fish_seen_subcommand_from ls" -l site -d 'Only probes at this site (id or name)' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand probe; and __fish_seen_subcommand_from ls" -l customer -d 'Only probes at this customer\'s sites (id or name)' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand probe; and __fish_seen_subcommand_from ls" -l name -d 'Name contains this text (case-insensitive)' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand probe; and __fish_seen_subcommand_from ls" -l sort -d 'Sort by this field (the command\'s description says the default order)' -r -f -a "site\t''
name\t''
serial\t''
id\t''
created\t''
updated\t''"
complete -c portalctl -n "__fish_portalctl_using_subcommand probe; and __fish_seen_subcommand_from ls" -l limit -d 'Show at most N rows' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand probe; and __fish_seen_subcommand_from ls" -l offset -d 'Skip the first N rows' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand probe; and __fish_seen_subcommand_from ls" -l db -d 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]' -r -F
complete -c portalctl -n "__fish_portalctl_using_subcommand probe; and __fish_seen_subcommand_from ls" -l config -d 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]' -r -F
complete -c portalctl -n "__fish_portalctl_using_subcommand probe; and __fish_seen_subcommand_from ls" -s o -l output -d 'Output format [env: PORTALCTL_OUTPUT] [default: the config\'s `output`, else table]' -r -f -a "table\t'Aligned tables for people'
json\t'JSON: an object for one entity, an array for lists'
csv\t'CSV with a header row'"
complete -c portalctl -n "__fish_portalctl_using_subcommand probe; and __fish_seen_subcommand_from ls" -l actor -d 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand probe; and __fish_seen_subcommand_from ls" -l unassigned -d 'Only probes not assigned to any site'
complete -c portalctl -n "__fish_portalctl_using_subcommand probe; and __fish_seen_subcommand_from ls" -l desc -d 'Sort in descending order (Z, newest, highest first)'
complete -c portalctl -n "__fish_portalctl_using_subcommand probe; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
complete -c portalctl -n "__fish_portalctl_using_subcommand probe; and __fish_seen_subcommand_from ls" -s y -l yes -d 'Answer yes to every confirmation'
complete -c portalctl -n "__fish_portalctl_using_subcommand probe; and __fish_seen_subcommand_from ls" -l no-color -d 'Never colour the output (also: `NO_COLOR` set to anything)'
complete -c portalctl -n "__fish_portalctl_using_subcommand probe; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c portalctl -n "__fish_portalctl_using_subcommand probe; and __fish_seen_subcommand_from show" -l site -d 'The probe\'s site (id or name), when a probe name is used at several sites' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand probe; and __fish_seen_subcommand_from show" -l customer -d 'The site\'s customer (id or name), when the site name is ambiguous' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand probe; and __fish_seen_subcommand_from show" -l db -d 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]' -r -F
complete -c portalctl -n "__fish_portalctl_using_subcommand probe; and __fish_seen_subcommand_from show" -l config -d 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]' -r -F
complete -c portalctl -n "__fish_portalctl_using_subcommand probe; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format [env: PORTALCTL_OUTPUT] [default: the config\'s `output`, else table]' -r -f -a "table\t'Aligned tables for people'
json\t'JSON: an object for one entity, an array for lists'
csv\t'CSV with a header row'"
complete -c portalctl -n "__fish_portalctl_using_subcommand probe; and __fish_seen_subcommand_from show" -l actor -d 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand probe; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
complete -c portalctl -n "__fish_portalctl_using_subcommand probe; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to every confirmation'
complete -c portalctl -n "__fish_portalctl_using_subcommand probe; and __fish_seen_subcommand_from show" -l no-color -d 'Never colour the output (also: `NO_COLOR` set to anything)'
complete -c portalctl -n "__fish_portalctl_using_subcommand probe; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c portalctl -n "__fish_portalctl_using_subcommand probe; and __fish_seen_subcommand_from edit" -l site -d 'The probe\'s site (id or name), when a probe name is used at several sites' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand probe; and __fish_seen_subcommand_from edit" -l customer -d 'The site\'s customer (id or name), when the site name is ambiguous' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand probe; and __fish_seen_subcommand_from edit" -l name -d 'New name' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand probe; and __fish_seen_subcommand_from edit" -l serial -d 'New serial ("" removes it)' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand probe; and __fish_seen_subcommand_from edit" -l db -d 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]' -r -F
complete -c portalctl -n "__fish_portalctl_using_subcommand probe; and __fish_seen_subcommand_from edit" -l config -d 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]' -r -F
complete -c portalctl -n "__fish_portalctl_using_subcommand probe; and __fish_seen_subcommand_from edit" -s o -l output -d 'Output format [env: PORTALCTL_OUTPUT] [default: the config\'s `output`, else table]' -r -f -a "table\t'Aligned tables for people'
json\t'JSON: an object for one entity, an array for lists'
csv\t'CSV with a header row'"
complete -c portalctl -n "__fish_portalctl_using_subcommand probe; and __fish_seen_subcommand_from edit" -l actor -d 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand probe; and __fish_seen_subcommand_from edit" -s q -l quiet -d 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
complete -c portalctl -n "__fish_portalctl_using_subcommand probe; and __fish_seen_subcommand_from edit" -s y -l yes -d 'Answer yes to every confirmation'
complete -c portalctl -n "__fish_portalctl_using_subcommand probe; and __fish_seen_subcommand_from edit" -l no-color -d 'Never colour the output (also: `NO_COLOR` set to anything)'
complete -c portalctl -n "__fish_portalctl_using_subcommand probe; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c portalctl -n "__fish_portalctl_using_subcommand probe; and __fish_seen_subcommand_from assign" -l site -d 'The site to assign it to (id or name)' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand probe; and __fish_seen_subcommand_from assign" -l customer -d 'The site\'s customer (id or name), when the site name is ambiguous' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand probe; and __fish_seen_subcommand_from assign" -l db -d 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]' -r -F
complete -c portalctl -n "__fish_portalctl_using_subcommand probe; and __fish_seen_subcommand_from assign" -l config -d 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]' -r -F
complete -c portalctl -n "__fish_portalctl_using_subcommand probe; and __fish_seen_subcommand_from assign" -s o -l output -d 'Output format [env: PORTALCTL_OUTPUT] [default: the config\'s `output`, else table]' -r -f -a "table\t'Aligned tables for people'
json\t'JSON: an object for one entity, an array for lists'
csv\t'CSV with a header row'"
complete -c portalctl -n "__fish_portalctl_using_subcommand probe; and __fish_seen_subcommand_from assign" -l actor -d 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand probe; and __fish_seen_subcommand_from assign" -s q -l quiet -d 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
complete -c portalctl -n "__fish_portalctl_using_subcommand probe; and __fish_seen_subcommand_from assign" -s y -l yes -d 'Answer yes to every confirmation'
complete -c portalctl -n "__fish_portalctl_using_subcommand probe; and __fish_seen_subcommand_from assign" -l no-color -d 'Never colour the output (also: `NO_COLOR` set to anything)'
complete -c portalctl -n "__fish_portalctl_using_subcommand probe; and __fish_seen_subcommand_from assign" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c portalctl -n "__fish_portalctl_using_subcommand probe; and __fish_seen_subcommand_from unassign" -l site -d 'The probe\'s site (id or name), when a probe name is used at several sites' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand probe; and __fish_seen_subcommand_from unassign" -l customer -d 'The site\'s customer (id or name), when the site name is ambiguous' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand probe; and __fish_seen_subcommand_from unassign" -l db -d 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]' -r -F
complete -c portalctl -n "__fish_portalctl_using_subcommand probe; and __fish_seen_subcommand_from unassign" -l config -d 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]' -r -F
complete -c portalctl -n "__fish_portalctl_using_subcommand probe; and __fish_seen_subcommand_from unassign" -s o -l output -d 'Output format [env: PORTALCTL_OUTPUT] [default: the config\'s `output`, else table]' -r -f -a "table\t'Aligned tables for people'
json\t'JSON: an object for one entity, an array for lists'
csv\t'CSV with a header row'"
complete -c portalctl -n "__fish_portalctl_using_subcommand probe; and __fish_seen_subcommand_from unassign" -l actor -d 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand probe; and __fish_seen_subcommand_from unassign" -s q -l quiet -d 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
complete -c portalctl -n "__fish_portalctl_using_subcommand probe; and __fish_seen_subcommand_from unassign" -s y -l yes -d 'Answer yes to every confirmation'
complete -c portalctl -n "__fish_portalctl_using_subcommand probe; and __fish_seen_subcommand_from unassign" -l no-color -d 'Never colour the output (also: `NO_COLOR` set to anything)'
complete -c portalctl -n "__fish_portalctl_using_subcommand probe; and __fish_seen_subcommand_from unassign" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c portalctl -n "__fish_portalctl_using_subcommand probe; and __fish_seen_subcommand_from delete" -l site -d 'The probe\'s site (id or name), when a probe name is used at several sites' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand probe; and __fish_seen_subcommand_from delete" -l customer -d 'The site\'s customer (id or name), when the site name is ambiguous' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand probe; and __fish_seen_subcommand_from delete" -l db -d 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]' -r -F
complete -c portalctl -n "__fish_portalctl_using_subcommand probe; and __fish_seen_subcommand_from delete" -l config -d 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]' -r -F
complete -c portalctl -n "__fish_portalctl_using_subcommand probe; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format [env: PORTALCTL_OUTPUT] [default: the config\'s `output`, else table]' -r -f -a "table\t'Aligned tables for people'
json\t'JSON: an object for one entity, an array for lists'
csv\t'CSV with a header row'"
complete -c portalctl -n "__fish_portalctl_using_subcommand probe; and __fish_seen_subcommand_from delete" -l actor -d 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand probe; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
complete -c portalctl -n "__fish_portalctl_using_subcommand probe; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Answer yes to every confirmation'
complete -c portalctl -n "__fish_portalctl_using_subcommand probe; and __fish_seen_subcommand_from delete" -l no-color -d 'Never colour the output (also: `NO_COLOR` set to anything)'
complete -c portalctl -n "__fish_portalctl_using_subcommand probe; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c portalctl -n "__fish_portalctl_using_subcommand probe; and __fish_seen_subcommand_from rm" -l site -d 'The probe\'s site (id or name), when a probe name is used at several sites' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand probe; and __fish_seen_subcommand_from rm" -l customer -d 'The site\'s customer (id or name), when the site name is ambiguous' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand probe; and __fish_seen_subcommand_from rm" -l db -d 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]' -r -F
complete -c portalctl -n "__fish_portalctl_using_subcommand probe; and __fish_seen_subcommand_from rm" -l config -d 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]' -r -F
complete -c portalctl -n "__fish_portalctl_using_subcommand probe; and __fish_seen_subcommand_from rm" -s o -l output -d 'Output format [env: PORTALCTL_OUTPUT] [default: the config\'s `output`, else table]' -r -f -a "table\t'Aligned tables for people'
json\t'JSON: an object for one entity, an array for lists'
csv\t'CSV with a header row'"
complete -c portalctl -n "__fish_portalctl_using_subcommand probe; and __fish_seen_subcommand_from rm" -l actor -d 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand probe; and __fish_seen_subcommand_from rm" -s q -l quiet -d 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
complete -c portalctl -n "__fish_portalctl_using_subcommand probe; and __fish_seen_subcommand_from rm" -s y -l yes -d 'Answer yes to every confirmation'
complete -c portalctl -n "__fish_portalctl_using_subcommand probe; and __fish_seen_subcommand_from rm" -l no-color -d 'Never colour the output (also: `NO_COLOR` set to anything)'
complete -c portalctl -n "__fish_portalctl_using_subcommand probe; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c portalctl -n "__fish_portalctl_using_subcommand probe; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a probe and print its installation token once'
complete -c portalctl -n "__fish_portalctl_using_subcommand probe; and __fish_seen_subcommand_from help" -f -a "list" -d 'List probes, by customer and site (unassigned ones first), then name'
complete -c portalctl -n "__fish_portalctl_using_subcommand probe; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one probe (never its token)'
complete -c portalctl -n "__fish_portalctl_using_subcommand probe; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Change a probe\'s name or serial'
complete -c portalctl -n "__fish_portalctl_using_subcommand probe; and __fish_seen_subcommand_from help" -f -a "assign" -d 'Install a probe at a site'
complete -c portalctl -n "__fish_portalctl_using_subcommand probe; and __fish_seen_subcommand_from help" -f -a "unassign" -d 'Take a probe off its site'
complete -c portalctl -n "__fish_portalctl_using_subcommand probe; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete probes (asks first)'
complete -c portalctl -n "__fish_portalctl_using_subcommand probe; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and not __fish_seen_subcommand_from create list ls show edit activate deactivate delete rm access password login help" -l db -d 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]' -r -F
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and not __fish_seen_subcommand_from create list ls show edit activate deactivate delete rm access password login help" -l config -d 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]' -r -F
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and not __fish_seen_subcommand_from create list ls show edit activate deactivate delete rm access password login help" -s o -l output -d 'Output format [env: PORTALCTL_OUTPUT] [default: the config\'s `output`, else table]' -r -f -a "table\t'Aligned tables for people'
json\t'JSON: an object for one entity, an array for lists'
csv\t'CSV with a header row'"
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and not __fish_seen_subcommand_from create list ls show edit activate deactivate delete rm access password login help" -l actor -d 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and not __fish_seen_subcommand_from create list ls show edit activate deactivate delete rm access password login help" -s q -l quiet -d 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and not __fish_seen_subcommand_from create list ls show edit activate deactivate delete rm access password login help" -s y -l yes -d 'Answer yes to every confirmation'
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and not __fish_seen_subcommand_from create list ls show edit activate deactivate delete rm access password login help" -l no-color -d 'Never colour the output (also: `NO_COLOR` set to anything)'
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and not __fish_seen_subcommand_from create list ls show edit activate deactivate delete rm access password login help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and not __fish_seen_subcommand_from create list ls show edit activate deactivate delete rm access password login help" -f -a "create" -d 'Add a contact to a customer account (with --login: print a generated password once)'
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and not __fish_seen_subcommand_from create list ls show edit activate deactivate delete rm access password login help" -f -a "list" -d 'List the contacts and guests of a customer account, by customer, contacts first, then email'
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and not __fish_seen_subcommand_from create list ls show edit activate deactivate delete rm access password login help" -f -a "ls" -d 'List the contacts and guests of a customer account, by customer, contacts first, then email'
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and not __fish_seen_subcommand_from create list ls show edit activate deactivate delete rm access password login help" -f -a "show" -d 'Show one contact or guest (never its password)'
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and not __fish_seen_subcommand_from create list ls show edit activate deactivate delete rm access password login help" -f -a "edit" -d 'Change a contact\'s details, permissions or login'
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and not __fish_seen_subcommand_from create list ls show edit activate deactivate delete rm access password login help" -f -a "activate" -d 'Reactivate contacts or guests'
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and not __fish_seen_subcommand_from create list ls show edit activate deactivate delete rm access password login help" -f -a "deactivate" -d 'Deactivate contacts or guests: they cannot log in, their data is kept'
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and not __fish_seen_subcommand_from create list ls show edit activate deactivate delete rm access password login help" -f -a "delete" -d 'Delete contacts or guests (asks first)'
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and not __fish_seen_subcommand_from create list ls show edit activate deactivate delete rm access password login help" -f -a "rm" -d 'Delete contacts or guests (asks first)'
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and not __fish_seen_subcommand_from create list ls show edit activate deactivate delete rm access password login help" -f -a "access" -d 'The access list: every customer account an email may use, and as what'
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and not __fish_seen_subcommand_from create list ls show edit activate deactivate delete rm access password login help" -f -a "password" -d 'Issue a new generated password, printed once; the old one stops working at once'
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and not __fish_seen_subcommand_from create list ls show edit activate deactivate delete rm access password login help" -f -a "login" -d 'Check a login: reads the password from standard input; exit 0 listing the accounts it opens, or 6 when refused'
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and not __fish_seen_subcommand_from create list ls show edit activate deactivate delete rm access password login help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and __fish_seen_subcommand_from create" -l customer -d 'The customer (id or name)' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and __fish_seen_subcommand_from create" -l partner -d 'The customer\'s partner (id or name), when the customer name is ambiguous' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and __fish_seen_subcommand_from create" -l email -d 'Email; used once per customer, compared case-insensitively' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and __fish_seen_subcommand_from create" -l name -d 'Full name' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and __fish_seen_subcommand_from create" -l phone -d 'Phone number' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and __fish_seen_subcommand_from create" -l contact-type -d 'A free label: technical, billing, webmaster ...' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and __fish_seen_subcommand_from create" -l permission -d 'A permission (repeat, or separate with commas); admin implies all' -r -f -a "admin\t''
billing\t''
tickets\t''
services\t''
deployment\t''
configuration\t''
security\t''"
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and __fish_seen_subcommand_from create" -l db -d 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]' -r -F
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and __fish_seen_subcommand_from create" -l config -d 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]' -r -F
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format [env: PORTALCTL_OUTPUT] [default: the config\'s `output`, else table]' -r -f -a "table\t'Aligned tables for people'
json\t'JSON: an object for one entity, an array for lists'
csv\t'CSV with a header row'"
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and __fish_seen_subcommand_from create" -l actor -d 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and __fish_seen_subcommand_from create" -l login -d 'Let the contact log in with the email; prints a generated password once'
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and __fish_seen_subcommand_from create" -s y -l yes -d 'Answer yes to every confirmation'
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and __fish_seen_subcommand_from create" -l no-color -d 'Never colour the output (also: `NO_COLOR` set to anything)'
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and __fish_seen_subcommand_from list" -l customer -d 'Only users of this customer (id or name)' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and __fish_seen_subcommand_from list" -l partner -d 'The customer\'s partner (id or name), when the customer name is ambiguous' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and __fish_seen_subcommand_from list" -l status -d 'Only active or only inactive users' -r -f -a "active\t''
inactive\t''"
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and __fish_seen_subcommand_from list" -l permission -d 'Only holders of this permission (admins hold every one)' -r -f -a "admin\t''
billing\t''
tickets\t''
services\t''
deployment\t''
configuration\t''
security\t''"
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and __fish_seen_subcommand_from list" -l kind -d 'Only contacts or only guests' -r -f -a "contact\t''
guest\t''"
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and __fish_seen_subcommand_from list" -l name -d 'Name contains this text (case-insensitive; a user without a name never matches)' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and __fish_seen_subcommand_from list" -l sort -d 'Sort by this field (the command\'s description says the default order)' -r -f -a "customer\t''
email\t''
name\t''
kind\t''
status\t''
id\t''
created\t''
updated\t''"
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and __fish_seen_subcommand_from list" -l limit -d 'Show at most N rows' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and __fish_seen_subcommand_from list" -l offset -d 'Skip the first N rows' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and __fish_seen_subcommand_from list" -l db -d 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]' -r -F
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and __fish_seen_subcommand_from list" -l config -d 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]' -r -F
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format [env: PORTALCTL_OUTPUT] [default: the config\'s `output`, else table]' -r -f -a "table\t'Aligned tables for people'
json\t'JSON: an object for one entity, an array for lists'
csv\t'CSV with a header row'"
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and __fish_seen_subcommand_from list" -l actor -d 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and __fish_seen_subcommand_from list" -l desc -d 'Sort in descending order (Z, newest, highest first)'
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to every confirmation'
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and __fish_seen_subcommand_from list" -l no-color -d 'Never colour the output (also: `NO_COLOR` set to anything)'
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and __fish_seen_subcommand_from ls" -l customer -d 'Only users of this customer (id or name)' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and __fish_seen_subcommand_from ls" -l partner -d 'The customer\'s partner (id or name), when the customer name is ambiguous' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and __fish_seen_subcommand_from ls" -l status -d 'Only active or only inactive users' -r -f -a "active\t''
inactive\t''"
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and __fish_seen_subcommand_from ls" -l permission -d 'Only holders of this permission (admins hold every one)' -r -f -a "admin\t''
billing\t''
tickets\t''
services\t''
deployment\t''
configuration\t''
security\t''"
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and __fish_seen_subcommand_from ls" -l kind -d 'Only contacts or only guests' -r -f -a "contact\t''
guest\t''"
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and __fish_seen_subcommand_from ls" -l name -d 'Name contains this text (case-insensitive; a user without a name never matches)' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and __fish_seen_subcommand_from ls" -l sort -d 'Sort by this field (the command\'s description says the default order)' -r -f -a "customer\t''
email\t''
name\t''
kind\t''
status\t''
id\t''
created\t''
updated\t''"
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and __fish_seen_subcommand_from ls" -l limit -d 'Show at most N rows' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and __fish_seen_subcommand_from ls" -l offset -d 'Skip the first N rows' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and __fish_seen_subcommand_from ls" -l db -d 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]' -r -F
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and __fish_seen_subcommand_from ls" -l config -d 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]' -r -F
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and __fish_seen_subcommand_from ls" -s o -l output -d 'Output format [env: PORTALCTL_OUTPUT] [default: the config\'s `output`, else table]' -r -f -a "table\t'Aligned tables for people'
json\t'JSON: an object for one entity, an array for lists'
csv\t'CSV with a header row'"
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and __fish_seen_subcommand_from ls" -l actor -d 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and __fish_seen_subcommand_from ls" -l desc -d 'Sort in descending order (Z, newest, highest first)'
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and __fish_seen_subcommand_from ls" -s y -l yes -d 'Answer yes to every confirmation'
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and __fish_seen_subcommand_from ls" -l no-color -d 'Never colour the output (also: `NO_COLOR` set to anything)'
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and __fish_seen_subcommand_from show" -l customer -d 'The customer (id or name), when the name or email is used by several customers' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and __fish_seen_subcommand_from show" -l partner -d 'The customer\'s partner (id or name), when the customer name is ambiguous' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and __fish_seen_subcommand_from show" -l db -d 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]' -r -F
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and __fish_seen_subcommand_from show" -l config -d 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]' -r -F
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format [env: PORTALCTL_OUTPUT] [default: the config\'s `output`, else table]' -r -f -a "table\t'Aligned tables for people'
json\t'JSON: an object for one entity, an array for lists'
csv\t'CSV with a header row'"
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and __fish_seen_subcommand_from show" -l actor -d 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to every confirmation'
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and __fish_seen_subcommand_from show" -l no-color -d 'Never colour the output (also: `NO_COLOR` set to anything)'
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and __fish_seen_subcommand_from edit" -l customer -d 'The customer (id or name), when the name or email is used by several customers' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and __fish_seen_subcommand_from edit" -l partner -d 'The customer\'s partner (id or name), when the customer name is ambiguous' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and __fish_seen_subcommand_from edit" -l email -d 'New email' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and __fish_seen_subcommand_from edit" -l name -d 'New name ("" removes it)' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and __fish_seen_subcommand_from edit" -l phone -d 'New phone ("" removes it)' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and __fish_seen_subcommand_from edit" -l contact-type -d 'New type label ("" removes it)' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and __fish_seen_subcommand_from edit" -l permission -d 'Replace the permissions with these (repeat, or separate with commas)' -r -f -a "admin\t''
billing\t''
tickets\t''
services\t''
deployment\t''
configuration\t''
security\t''"
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and __fish_seen_subcommand_from edit" -l add-permission -d 'Add permissions' -r -f -a "admin\t''
billing\t''
tickets\t''
services\t''
deployment\t''
configuration\t''
security\t''"
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and __fish_seen_subcommand_from edit" -l remove-permission -d 'Remove permissions' -r -f -a "admin\t''
billing\t''
tickets\t''
services\t''
deployment\t''
configuration\t''
security\t''"
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and __fish_seen_subcommand_from edit" -l db -d 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]' -r -F
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and __fish_seen_subcommand_from edit" -l config -d 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]' -r -F
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and __fish_seen_subcommand_from edit" -s o -l output -d 'Output format [env: PORTALCTL_OUTPUT] [default: the config\'s `output`, else table]' -r -f -a "table\t'Aligned tables for people'
json\t'JSON: an object for one entity, an array for lists'
csv\t'CSV with a header row'"
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and __fish_seen_subcommand_from edit" -l actor -d 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and __fish_seen_subcommand_from edit" -l login -d 'Turn the login on (prints a generated password once)'
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and __fish_seen_subcommand_from edit" -l no-login -d 'Turn the login off (the password is removed)'
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and __fish_seen_subcommand_from edit" -s q -l quiet -d 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and __fish_seen_subcommand_from edit" -s y -l yes -d 'Answer yes to every confirmation'
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and __fish_seen_subcommand_from edit" -l no-color -d 'Never colour the output (also: `NO_COLOR` set to anything)'
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and __fish_seen_subcommand_from activate" -l customer -d 'The customer (id or name), when the name or email is used by several customers' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and __fish_seen_subcommand_from activate" -l partner -d 'The customer\'s partner (id or name), when the customer name is ambiguous' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and __fish_seen_subcommand_from activate" -l db -d 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]' -r -F
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and __fish_seen_subcommand_from activate" -l config -d 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]' -r -F
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and __fish_seen_subcommand_from activate" -s o -l output -d 'Output format [env: PORTALCTL_OUTPUT] [default: the config\'s `output`, else table]' -r -f -a "table\t'Aligned tables for people'
json\t'JSON: an object for one entity, an array for lists'
csv\t'CSV with a header row'"
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and __fish_seen_subcommand_from activate" -l actor -d 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and __fish_seen_subcommand_from activate" -s q -l quiet -d 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and __fish_seen_subcommand_from activate" -s y -l yes -d 'Answer yes to every confirmation'
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and __fish_seen_subcommand_from activate" -l no-color -d 'Never colour the output (also: `NO_COLOR` set to anything)'
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and __fish_seen_subcommand_from activate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and __fish_seen_subcommand_from deactivate" -l customer -d 'The customer (id or name), when the name or email is used by several customers' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and __fish_seen_subcommand_from deactivate" -l partner -d 'The customer\'s partner (id or name), when the customer name is ambiguous' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and __fish_seen_subcommand_from deactivate" -l db -d 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]' -r -F
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and __fish_seen_subcommand_from deactivate" -l config -d 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]' -r -F
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and __fish_seen_subcommand_from deactivate" -s o -l output -d 'Output format [env: PORTALCTL_OUTPUT] [default: the config\'s `output`, else table]' -r -f -a "table\t'Aligned tables for people'
json\t'JSON: an object for one entity, an array for lists'
csv\t'CSV with a header row'"
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and __fish_seen_subcommand_from deactivate" -l actor -d 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and __fish_seen_subcommand_from deactivate" -s q -l quiet -d 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and __fish_seen_subcommand_from deactivate" -s y -l yes -d 'Answer yes to every confirmation'
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and __fish_seen_subcommand_from deactivate" -l no-color -d 'Never colour the output (also: `NO_COLOR` set to anything)'
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and __fish_seen_subcommand_from deactivate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and __fish_seen_subcommand_from delete" -l customer -d 'The customer (id or name), when the name or email is used by several customers' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and __fish_seen_subcommand_from delete" -l partner -d 'The customer\'s partner (id or name), when the customer name is ambiguous' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and __fish_seen_subcommand_from delete" -l db -d 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]' -r -F
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and __fish_seen_subcommand_from delete" -l config -d 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]' -r -F
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format [env: PORTALCTL_OUTPUT] [default: the config\'s `output`, else table]' -r -f -a "table\t'Aligned tables for people'
json\t'JSON: an object for one entity, an array for lists'
csv\t'CSV with a header row'"
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and __fish_seen_subcommand_from delete" -l actor -d 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Answer yes to every confirmation'
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and __fish_seen_subcommand_from delete" -l no-color -d 'Never colour the output (also: `NO_COLOR` set to anything)'
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and __fish_seen_subcommand_from rm" -l customer -d 'The customer (id or name), when the name or email is used by several customers' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and __fish_seen_subcommand_from rm" -l partner -d 'The customer\'s partner (id or name), when the customer name is ambiguous' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and __fish_seen_subcommand_from rm" -l db -d 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]' -r -F
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and __fish_seen_subcommand_from rm" -l config -d 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]' -r -F
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and __fish_seen_subcommand_from rm" -s o -l output -d 'Output format [env: PORTALCTL_OUTPUT] [default: the config\'s `output`, else table]' -r -f -a "table\t'Aligned tables for people'
json\t'JSON: an object for one entity, an array for lists'
csv\t'CSV with a header row'"
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and __fish_seen_subcommand_from rm" -l actor -d 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and __fish_seen_subcommand_from rm" -s q -l quiet -d 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and __fish_seen_subcommand_from rm" -s y -l yes -d 'Answer yes to every confirmation'
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and __fish_seen_subcommand_from rm" -l no-color -d 'Never colour the output (also: `NO_COLOR` set to anything)'
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and __fish_seen_subcommand_from access" -l db -d 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]' -r -F
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and __fish_seen_subcommand_from access" -l config -d 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]' -r -F
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and __fish_seen_subcommand_from access" -s o -l output -d 'Output format [env: PORTALCTL_OUTPUT] [default: the config\'s `output`, else table]' -r -f -a "table\t'Aligned tables for people'
json\t'JSON: an object for one entity, an array for lists'
csv\t'CSV with a header row'"
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and __fish_seen_subcommand_from access" -l actor -d 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and __fish_seen_subcommand_from access" -s q -l quiet -d 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and __fish_seen_subcommand_from access" -s y -l yes -d 'Answer yes to every confirmation'
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and __fish_seen_subcommand_from access" -l no-color -d 'Never colour the output (also: `NO_COLOR` set to anything)'
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and __fish_seen_subcommand_from access" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and __fish_seen_subcommand_from password" -l customer -d 'The customer (id or name), when the name or email is used by several customers' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and __fish_seen_subcommand_from password" -l partner -d 'The customer\'s partner (id or name), when the customer name is ambiguous' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and __fish_seen_subcommand_from password" -l db -d 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]' -r -F
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and __fish_seen_subcommand_from password" -l config -d 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]' -r -F
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and __fish_seen_subcommand_from password" -s o -l output -d 'Output format [env: PORTALCTL_OUTPUT] [default: the config\'s `output`, else table]' -r -f -a "table\t'Aligned tables for people'
json\t'JSON: an object for one entity, an array for lists'
csv\t'CSV with a header row'"
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and __fish_seen_subcommand_from password" -l actor -d 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and __fish_seen_subcommand_from password" -s q -l quiet -d 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and __fish_seen_subcommand_from password" -s y -l yes -d 'Answer yes to every confirmation'
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and __fish_seen_subcommand_from password" -l no-color -d 'Never colour the output (also: `NO_COLOR` set to anything)'
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and __fish_seen_subcommand_from password" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and __fish_seen_subcommand_from login" -l customer -d 'Only log in to this customer\'s account (id or name)' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and __fish_seen_subcommand_from login" -l partner -d 'The customer\'s partner (id or name), when the customer name is ambiguous' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and __fish_seen_subcommand_from login" -l db -d 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]' -r -F
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and __fish_seen_subcommand_from login" -l config -d 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]' -r -F
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and __fish_seen_subcommand_from login" -s o -l output -d 'Output format [env: PORTALCTL_OUTPUT] [default: the config\'s `output`, else table]' -r -f -a "table\t'Aligned tables for people'
json\t'JSON: an object for one entity, an array for lists'
csv\t'CSV with a header row'"
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and __fish_seen_subcommand_from login" -l actor -d 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and __fish_seen_subcommand_from login" -s q -l quiet -d 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and __fish_seen_subcommand_from login" -s y -l yes -d 'Answer yes to every confirmation'
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and __fish_seen_subcommand_from login" -l no-color -d 'Never colour the output (also: `NO_COLOR` set to anything)'
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and __fish_seen_subcommand_from login" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and __fish_seen_subcommand_from help" -f -a "create" -d 'Add a contact to a customer account (with --login: print a generated password once)'
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the contacts and guests of a customer account, by customer, contacts first, then email'
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one contact or guest (never its password)'
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Change a contact\'s details, permissions or login'
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and __fish_seen_subcommand_from help" -f -a "activate" -d 'Reactivate contacts or guests'
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and __fish_seen_subcommand_from help" -f -a "deactivate" -d 'Deactivate contacts or guests: they cannot log in, their data is kept'
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete contacts or guests (asks first)'
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and __fish_seen_subcommand_from help" -f -a "access" -d 'The access list: every customer account an email may use, and as what'
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and __fish_seen_subcommand_from help" -f -a "password" -d 'Issue a new generated password, printed once; the old one stops working at once'
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and __fish_seen_subcommand_from help" -f -a "login" -d 'Check a login: reads the password from standard input; exit 0 listing the accounts it opens, or 6 when refused'
complete -c portalctl -n "__fish_portalctl_using_subcommand contact; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c portalctl -n "__fish_portalctl_using_subcommand invite; and not __fish_seen_subcommand_from create list ls show send accept decline revoke resend help" -l db -d 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]' -r -F
complete -c portalctl -n "__fish_portalctl_using_subcommand invite; and not __fish_seen_subcommand_from create list ls show send accept decline revoke resend help" -l config -d 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]' -r -F
complete -c portalctl -n "__fish_portalctl_using_subcommand invite; and not __fish_seen_subcommand_from create list ls show send accept decline revoke resend help" -s o -l output -d 'Output format [env: PORTALCTL_OUTPUT] [default: the config\'s `output`, else table]' -r -f -a "table\t'Aligned tables for people'
json\t'JSON: an object for one entity, an array for lists'
csv\t'CSV with a header row'"
complete -c portalctl -n "__fish_portalctl_using_subcommand invite; and not __fish_seen_subcommand_from create list ls show send accept decline revoke resend help" -l actor -d 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand invite; and not __fish_seen_subcommand_from create list ls show send accept decline revoke resend help" -s q -l quiet -d 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
complete -c portalctl -n "__fish_portalctl_using_subcommand invite; and not __fish_seen_subcommand_from create list ls show send accept decline revoke resend help" -s y -l yes -d 'Answer yes to every confirmation'
complete -c portalctl -n "__fish_portalctl_using_subcommand invite; and not __fish_seen_subcommand_from create list ls show send accept decline revoke resend help" -l no-color -d 'Never colour the output (also: `NO_COLOR` set to anything)'
complete -c portalctl -n "__fish_portalctl_using_subcommand invite; and not __fish_seen_subcommand_from create list ls show send accept decline revoke resend help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c portalctl -n "__fish_portalctl_using_subcommand invite; and not __fish_seen_subcommand_from create list ls show send accept decline revoke resend help" -f -a "create" -d 'Invite an email registered elsewhere into a customer account; prints the invitation token once (with --send: the message that carries it)'
complete -c portalctl -n "__fish_portalctl_using_subcommand invite; and not __fish_seen_subcommand_from create list ls show send accept decline revoke resend help" -f -a "list" -d 'List invitations, newest first'
complete -c portalctl -n "__fish_portalctl_using_subcommand invite; and not __fish_seen_subcommand_from create list ls show send accept decline revoke resend help" -f -a "ls" -d 'List invitations, newest first'
complete -c portalctl -n "__fish_portalctl_using_subcommand invite; and not __fish_seen_subcommand_from create list ls show send accept decline revoke resend help" -f -a "show" -d 'Show one invitation (never its token)'
complete -c portalctl -n "__fish_portalctl_using_subcommand invite; and not __fish_seen_subcommand_from create list ls show send accept decline revoke resend help" -f -a "send" -d 'Record that you delivered the token `create` printed (pending -> sent)'
complete -c portalctl -n "__fish_portalctl_using_subcommand invite; and not __fish_seen_subcommand_from create list ls show send accept decline revoke resend help" -f -a "accept" -d 'Accept an invitation: its email becomes an active guest of the customer'
complete -c portalctl -n "__fish_portalctl_using_subcommand invite; and not __fish_seen_subcommand_from create list ls show send accept decline revoke resend help" -f -a "decline" -d 'Decline an invitation'
complete -c portalctl -n "__fish_portalctl_using_subcommand invite; and not __fish_seen_subcommand_from create list ls show send accept decline revoke resend help" -f -a "revoke" -d 'Revoke an open invitation; its token stops working'
complete -c portalctl -n "__fish_portalctl_using_subcommand invite; and not __fish_seen_subcommand_from create list ls show send accept decline revoke resend help" -f -a "resend" -d 'Make a new token (the old one dies at once), renew the expiry and compose the message again (printed, or piped to `mail_command`)'
complete -c portalctl -n "__fish_portalctl_using_subcommand invite; and not __fish_seen_subcommand_from create list ls show send accept decline revoke resend help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c portalctl -n "__fish_portalctl_using_subcommand invite; and __fish_seen_subcommand_from create" -l customer -d 'The customer (id or name)' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand invite; and __fish_seen_subcommand_from create" -l partner -d 'The customer\'s partner (id or name), when the customer name is ambiguous' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand invite; and __fish_seen_subcommand_from create" -l email -d 'The guest\'s email' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand invite; and __fish_seen_subcommand_from create" -l permission -d 'A permission for the guest (repeat, or separate with commas)' -r -f -a "admin\t''
billing\t''
tickets\t''
services\t''
deployment\t''
configuration\t''
security\t''"
complete -c portalctl -n "__fish_portalctl_using_subcommand invite; and __fish_seen_subcommand_from create" -l expires -d 'How long the invitation stays open' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand invite; and __fish_seen_subcommand_from create" -l db -d 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]' -r -F
complete -c portalctl -n "__fish_portalctl_using_subcommand invite; and __fish_seen_subcommand_from create" -l config -d 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]' -r -F
complete -c portalctl -n "__fish_portalctl_using_subcommand invite; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format [env: PORTALCTL_OUTPUT] [default: the config\'s `output`, else table]' -r -f -a "table\t'Aligned tables for people'
json\t'JSON: an object for one entity, an array for lists'
csv\t'CSV with a header row'"
complete -c portalctl -n "__fish_portalctl_using_subcommand invite; and __fish_seen_subcommand_from create" -l actor -d 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand invite; and __fish_seen_subcommand_from create" -l send -d 'Compose the invitation message now: print it, or pipe it to the config\'s `mail_command`; marks the invitation sent'
complete -c portalctl -n "__fish_portalctl_using_subcommand invite; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
complete -c portalctl -n "__fish_portalctl_using_subcommand invite; and __fish_seen_subcommand_from create" -s y -l yes -d 'Answer yes to every confirmation'
complete -c portalctl -n "__fish_portalctl_using_subcommand invite; and __fish_seen_subcommand_from create" -l no-color -d 'Never colour the output (also: `NO_COLOR` set to anything)'
complete -c portalctl -n "__fish_portalctl_using_subcommand invite; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c portalctl -n "__fish_portalctl_using_subcommand invite; and __fish_seen_subcommand_from list" -l customer -d 'Only invitations to this customer (id or name)' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand invite; and __fish_seen_subcommand_from list" -l partner -d 'The customer\'s partner (id or name), when the customer name is ambiguous' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand invite; and __fish_seen_subcommand_from list" -l status -d 'Only invitations in this state' -r -f -a "pending\t''
sent\t''
active\t''
declined\t''
revoked\t''
expired\t''"
complete -c portalctl -n "__fish_portalctl_using_subcommand invite; and __fish_seen_subcommand_from list" -l email -d 'Only invitations of this email' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand invite; and __fish_seen_subcommand_from list" -l sort -d 'Sort by this field (the command\'s description says the default order)' -r -f -a "created\t''
id\t''
email\t''
status\t''
expires\t''
customer\t''"
complete -c portalctl -n "__fish_portalctl_using_subcommand invite; and __fish_seen_subcommand_from list" -l limit -d 'Show at most N rows' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand invite; and __fish_seen_subcommand_from list" -l offset -d 'Skip the first N rows' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand invite; and __fish_seen_subcommand_from list" -l db -d 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]' -r -F
complete -c portalctl -n "__fish_portalctl_using_subcommand invite; and __fish_seen_subcommand_from list" -l config -d 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]' -r -F
complete -c portalctl -n "__fish_portalctl_using_subcommand invite; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format [env: PORTALCTL_OUTPUT] [default: the config\'s `output`, else table]' -r -f -a "table\t'Aligned tables for people'
json\t'JSON: an object for one entity, an array for lists'
csv\t'CSV with a header row'"
complete -c portalctl -n "__fish_portalctl_using_subcommand invite; and __fish_seen_subcommand_from list" -l actor -d 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand invite; and __fish_seen_subcommand_from list" -l desc -d 'Sort in descending order (Z, newest, highest first)'
complete -c portalctl -n "__fish_portalctl_using_subcommand invite; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
complete -c portalctl -n "__fish_portalctl_using_subcommand invite; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to every confirmation'
complete -c portalctl -n "__fish_portalctl_using_subcommand invite; and __fish_seen_subcommand_from list" -l no-color -d 'Never colour the output (also: `NO_COLOR` set to anything)'
complete -c portalctl -n "__fish_portalctl_using_subcommand invite; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c portalctl -n "__fish_portalctl_using_subcommand invite; and __fish_seen_subcommand_from ls" -l customer -d 'Only invitations to this customer (id or name)' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand invite; and __fish_seen_subcommand_from ls" -l partner -d 'The customer\'s partner (id or name), when the customer name is ambiguous' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand invite; and __fish_seen_subcommand_from ls" -l status -d 'Only invitations in this state' -r -f -a "pending\t''
sent\t''
active\t''
declined\t''
revoked\t''
expired\t''"
complete -c portalctl -n "__fish_portalctl_using_subcommand invite; and __fish_seen_subcommand_from ls" -l email -d 'Only invitations of this email' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand invite; and __fish_seen_subcommand_from ls" -l sort -d 'Sort by this field (the command\'s description says the default order)' -r -f -a "created\t''
id\t''
email\t''
status\t''
expires\t''
customer\t''"
complete -c portalctl -n "__fish_portalctl_using_subcommand invite; and __fish_seen_subcommand_from ls" -l limit -d 'Show at most N rows' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand invite; and __fish_seen_subcommand_from ls" -l offset -d 'Skip the first N rows' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand invite; and __fish_seen_subcommand_from ls" -l db -d 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]' -r -F
complete -c portalctl -n "__fish_portalctl_using_subcommand invite; and __fish_seen_subcommand_from ls" -l config -d 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]' -r -F
complete -c portalctl -n "__fish_portalctl_using_subcommand invite; and __fish_seen_subcommand_from ls" -s o -l output -d 'Output format [env: PORTALCTL_OUTPUT] [default: the config\'s `output`, else table]' -r -f -a "table\t'Aligned tables for people'
json\t'JSON: an object for one entity, an array for lists'
csv\t'CSV with a header row'"
complete -c portalctl -n "__fish_portalctl_using_subcommand invite; and __fish_seen_subcommand_from ls" -l actor -d 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand invite; and __fish_seen_subcommand_from ls" -l desc -d 'Sort in descending order (Z, newest, highest first)'
complete -c portalctl -n "__fish_portalctl_using_subcommand invite; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
complete -c portalctl -n "__fish_portalctl_using_subcommand invite; and __fish_seen_subcommand_from ls" -s y -l yes -d 'Answer yes to every confirmation'
complete -c portalctl -n "__fish_portalctl_using_subcommand invite; and __fish_seen_subcommand_from ls" -l no-color -d 'Never colour the output (also: `NO_COLOR` set to anything)'
complete -c portalctl -n "__fish_portalctl_using_subcommand invite; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c portalctl -n "__fish_portalctl_using_subcommand invite; and __fish_seen_subcommand_from show" -l db -d 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]' -r -F
complete -c portalctl -n "__fish_portalctl_using_subcommand invite; and __fish_seen_subcommand_from show" -l config -d 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]' -r -F
complete -c portalctl -n "__fish_portalctl_using_subcommand invite; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format [env: PORTALCTL_OUTPUT] [default: the config\'s `output`, else table]' -r -f -a "table\t'Aligned tables for people'
json\t'JSON: an object for one entity, an array for lists'
csv\t'CSV with a header row'"
complete -c portalctl -n "__fish_portalctl_using_subcommand invite; and __fish_seen_subcommand_from show" -l actor -d 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand invite; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
complete -c portalctl -n "__fish_portalctl_using_subcommand invite; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to every confirmation'
complete -c portalctl -n "__fish_portalctl_using_subcommand invite; and __fish_seen_subcommand_from show" -l no-color -d 'Never colour the output (also: `NO_COLOR` set to anything)'
complete -c portalctl -n "__fish_portalctl_using_subcommand invite; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c portalctl -n "__fish_portalctl_using_subcommand invite; and __fish_seen_subcommand_from send" -l db -d 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]' -r -F
complete -c portalctl -n "__fish_portalctl_using_subcommand invite; and __fish_seen_subcommand_from send" -l config -d 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]' -r -F
complete -c portalctl -n "__fish_portalctl_using_subcommand invite; and __fish_seen_subcommand_from send" -s o -l output -d 'Output format [env: PORTALCTL_OUTPUT] [default: the config\'s `output`, else table]' -r -f -a "table\t'Aligned tables for people'
json\t'JSON: an object for one entity, an array for lists'
csv\t'CSV with a header row'"
complete -c portalctl -n "__fish_portalctl_using_subcommand invite; and __fish_seen_subcommand_from send" -l actor -d 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand invite; and __fish_seen_subcommand_from send" -s q -l quiet -d 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
complete -c portalctl -n "__fish_portalctl_using_subcommand invite; and __fish_seen_subcommand_from send" -s y -l yes -d 'Answer yes to every confirmation'
complete -c portalctl -n "__fish_portalctl_using_subcommand invite; and __fish_seen_subcommand_from send" -l no-color -d 'Never colour the output (also: `NO_COLOR` set to anything)'
complete -c portalctl -n "__fish_portalctl_using_subcommand invite; and __fish_seen_subcommand_from send" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c portalctl -n "__fish_portalctl_using_subcommand invite; and __fish_seen_subcommand_from accept" -l db -d 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]' -r -F
complete -c portalctl -n "__fish_portalctl_using_subcommand invite; and __fish_seen_subcommand_from accept" -l config -d 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]' -r -F
complete -c portalctl -n "__fish_portalctl_using_subcommand invite; and __fish_seen_subcommand_from accept" -s o -l output -d 'Output format [env: PORTALCTL_OUTPUT] [default: the config\'s `output`, else table]' -r -f -a "table\t'Aligned tables for people'
json\t'JSON: an object for one entity, an array for lists'
csv\t'CSV with a header row'"
complete -c portalctl -n "__fish_portalctl_using_subcommand invite; and __fish_seen_subcommand_from accept" -l actor -d 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand invite; and __fish_seen_subcommand_from accept" -s q -l quiet -d 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
complete -c portalctl -n "__fish_portalctl_using_subcommand invite; and __fish_seen_subcommand_from accept" -s y -l yes -d 'Answer yes to every confirmation'
complete -c portalctl -n "__fish_portalctl_using_subcommand invite; and __fish_seen_subcommand_from accept" -l no-color -d 'Never colour the output (also: `NO_COLOR` set to anything)'
complete -c portalctl -n "__fish_portalctl_using_subcommand invite; and __fish_seen_subcommand_from accept" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c portalctl -n "__fish_portalctl_using_subcommand invite; and __fish_seen_subcommand_from decline" -l db -d 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]' -r -F
complete -c portalctl -n "__fish_portalctl_using_subcommand invite; and __fish_seen_subcommand_from decline" -l config -d 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]' -r -F
complete -c portalctl -n "__fish_portalctl_using_subcommand invite; and __fish_seen_subcommand_from decline" -s o -l output -d 'Output format [env: PORTALCTL_OUTPUT] [default: the config\'s `output`, else table]' -r -f -a "table\t'Aligned tables for people'
json\t'JSON: an object for one entity, an array for lists'
csv\t'CSV with a header row'"
complete -c portalctl -n "__fish_portalctl_using_subcommand invite; and __fish_seen_subcommand_from decline" -l actor -d 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand invite; and __fish_seen_subcommand_from decline" -s q -l quiet -d 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
complete -c portalctl -n "__fish_portalctl_using_subcommand invite; and __fish_seen_subcommand_from decline" -s y -l yes -d 'Answer yes to every confirmation'
complete -c portalctl -n "__fish_portalctl_using_subcommand invite; and __fish_seen_subcommand_from decline" -l no-color -d 'Never colour the output (also: `NO_COLOR` set to anything)'
complete -c portalctl -n "__fish_portalctl_using_subcommand invite; and __fish_seen_subcommand_from decline" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c portalctl -n "__fish_portalctl_using_subcommand invite; and __fish_seen_subcommand_from revoke" -l db -d 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]' -r -F
complete -c portalctl -n "__fish_portalctl_using_subcommand invite; and __fish_seen_subcommand_from revoke" -l config -d 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]' -r -F
complete -c portalctl -n "__fish_portalctl_using_subcommand invite; and __fish_seen_subcommand_from revoke" -s o -l output -d 'Output format [env: PORTALCTL_OUTPUT] [default: the config\'s `output`, else table]' -r -f -a "table\t'Aligned tables for people'
json\t'JSON: an object for one entity, an array for lists'
csv\t'CSV with a header row'"
complete -c portalctl -n "__fish_portalctl_using_subcommand invite; and __fish_seen_subcommand_from revoke" -l actor -d 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand invite; and __fish_seen_subcommand_from revoke" -s q -l quiet -d 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
complete -c portalctl -n "__fish_portalctl_using_subcommand invite; and __fish_seen_subcommand_from revoke" -s y -l yes -d 'Answer yes to every confirmation'
complete -c portalctl -n "__fish_portalctl_using_subcommand invite; and __fish_seen_subcommand_from revoke" -l no-color -d 'Never colour the output (also: `NO_COLOR` set to anything)'
complete -c portalctl -n "__fish_portalctl_using_subcommand invite; and __fish_seen_subcommand_from revoke" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c portalctl -n "__fish_portalctl_using_subcommand invite; and __fish_seen_subcommand_from resend" -l expires -d 'How long the renewed invitation stays open' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand invite; and __fish_seen_subcommand_from resend" -l db -d 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]' -r -F
complete -c portalctl -n "__fish_portalctl_using_subcommand invite; and __fish_seen_subcommand_from resend" -l config -d 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]' -r -F
complete -c portalctl -n "__fish_portalctl_using_subcommand invite; and __fish_seen_subcommand_from resend" -s o -l output -d 'Output format [env: PORTALCTL_OUTPUT] [default: the config\'s `output`, else table]' -r -f -a "table\t'Aligned tables for people'
json\t'JSON: an object for one entity, an array for lists'
csv\t'CSV with a header row'"
complete -c portalctl -n "__fish_portalctl_using_subcommand invite; and __fish_seen_subcommand_from resend" -l actor -d 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand invite; and __fish_seen_subcommand_from resend" -s q -l quiet -d 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
complete -c portalctl -n "__fish_portalctl_using_subcommand invite; and __fish_seen_subcommand_from resend" -s y -l yes -d 'Answer yes to every confirmation'
complete -c portalctl -n "__fish_portalctl_using_subcommand invite; and __fish_seen_subcommand_from resend" -l no-color -d 'Never colour the output (also: `NO_COLOR` set to anything)'
complete -c portalctl -n "__fish_portalctl_using_subcommand invite; and __fish_seen_subcommand_from resend" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c portalctl -n "__fish_portalctl_using_subcommand invite; and __fish_seen_subcommand_from help" -f -a "create" -d 'Invite an email registered elsewhere into a customer account; prints the invitation token once (with --send: the message that carries it)'
complete -c portalctl -n "__fish_portalctl_using_subcommand invite; and __fish_seen_subcommand_from help" -f -a "list" -d 'List invitations, newest first'
complete -c portalctl -n "__fish_portalctl_using_subcommand invite; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one invitation (never its token)'
complete -c portalctl -n "__fish_portalctl_using_subcommand invite; and __fish_seen_subcommand_from help" -f -a "send" -d 'Record that you delivered the token `create` printed (pending -> sent)'
complete -c portalctl -n "__fish_portalctl_using_subcommand invite; and __fish_seen_subcommand_from help" -f -a "accept" -d 'Accept an invitation: its email becomes an active guest of the customer'
complete -c portalctl -n "__fish_portalctl_using_subcommand invite; and __fish_seen_subcommand_from help" -f -a "decline" -d 'Decline an invitation'
complete -c portalctl -n "__fish_portalctl_using_subcommand invite; and __fish_seen_subcommand_from help" -f -a "revoke" -d 'Revoke an open invitation; its token stops working'
complete -c portalctl -n "__fish_portalctl_using_subcommand invite; and __fish_seen_subcommand_from help" -f -a "resend" -d 'Make a new token (the old one dies at once), renew the expiry and compose the message again (printed, or piped to `mail_command`)'
complete -c portalctl -n "__fish_portalctl_using_subcommand invite; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c portalctl -n "__fish_portalctl_using_subcommand portal; and not __fish_seen_subcommand_from enable disable status help" -l db -d 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]' -r -F
complete -c portalctl -n "__fish_portalctl_using_subcommand portal; and not __fish_seen_subcommand_from enable disable status help" -l config -d 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]' -r -F
complete -c portalctl -n "__fish_portalctl_using_subcommand portal; and not __fish_seen_subcommand_from enable disable status help" -s o -l output -d 'Output format [env: PORTALCTL_OUTPUT] [default: the config\'s `output`, else table]' -r -f -a "table\t'Aligned tables for people'
json\t'JSON: an object for one entity, an array for lists'
csv\t'CSV with a header row'"
complete -c portalctl -n "__fish_portalctl_using_subcommand portal; and not __fish_seen_subcommand_from enable disable status help" -l actor -d 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand portal; and not __fish_seen_subcommand_from enable disable status help" -s q -l quiet -d 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
complete -c portalctl -n "__fish_portalctl_using_subcommand portal; and not __fish_seen_subcommand_from enable disable status help" -s y -l yes -d 'Answer yes to every confirmation'
complete -c portalctl -n "__fish_portalctl_using_subcommand portal; and not __fish_seen_subcommand_from enable disable status help" -l no-color -d 'Never colour the output (also: `NO_COLOR` set to anything)'
complete -c portalctl -n "__fish_portalctl_using_subcommand portal; and not __fish_seen_subcommand_from enable disable status help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c portalctl -n "__fish_portalctl_using_subcommand portal; and not __fish_seen_subcommand_from enable disable status help" -f -a "enable" -d 'Turn a portal on; makes an authorization code (printed once, with the portal link) when none is in force'
complete -c portalctl -n "__fish_portalctl_using_subcommand portal; and not __fish_seen_subcommand_from enable disable status help" -f -a "disable" -d 'Turn a portal off: the code is revoked and stops working at once'
complete -c portalctl -n "__fish_portalctl_using_subcommand portal; and not __fish_seen_subcommand_from enable disable status help" -f -a "status" -d 'Whether a portal is on, at installation level, and has a code in force (never the code)'
complete -c portalctl -n "__fish_portalctl_using_subcommand portal; and not __fish_seen_subcommand_from enable disable status help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c portalctl -n "__fish_portalctl_using_subcommand portal; and __fish_seen_subcommand_from enable" -l customer -d 'The customer (id or name); with --site, the site\'s customer' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand portal; and __fish_seen_subcommand_from enable" -l partner -d 'The customer\'s partner (id or name), when the customer name is ambiguous' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand portal; and __fish_seen_subcommand_from enable" -l site -d 'The site (id or name)' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand portal; and __fish_seen_subcommand_from enable" -l db -d 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]' -r -F
complete -c portalctl -n "__fish_portalctl_using_subcommand portal; and __fish_seen_subcommand_from enable" -l config -d 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]' -r -F
complete -c portalctl -n "__fish_portalctl_using_subcommand portal; and __fish_seen_subcommand_from enable" -s o -l output -d 'Output format [env: PORTALCTL_OUTPUT] [default: the config\'s `output`, else table]' -r -f -a "table\t'Aligned tables for people'
json\t'JSON: an object for one entity, an array for lists'
csv\t'CSV with a header row'"
complete -c portalctl -n "__fish_portalctl_using_subcommand portal; and __fish_seen_subcommand_from enable" -l actor -d 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand portal; and __fish_seen_subcommand_from enable" -l installation-level -d 'Site portals only: logins also need the installation token of a probe at the site'
complete -c portalctl -n "__fish_portalctl_using_subcommand portal; and __fish_seen_subcommand_from enable" -l no-installation-level -d 'Site portals only: the code alone lets people in'
complete -c portalctl -n "__fish_portalctl_using_subcommand portal; and __fish_seen_subcommand_from enable" -s q -l quiet -d 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
complete -c portalctl -n "__fish_portalctl_using_subcommand portal; and __fish_seen_subcommand_from enable" -s y -l yes -d 'Answer yes to every confirmation'
complete -c portalctl -n "__fish_portalctl_using_subcommand portal; and __fish_seen_subcommand_from enable" -l no-color -d 'Never colour the output (also: `NO_COLOR` set to anything)'
complete -c portalctl -n "__fish_portalctl_using_subcommand portal; and __fish_seen_subcommand_from enable" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c portalctl -n "__fish_portalctl_using_subcommand portal; and __fish_seen_subcommand_from disable" -l customer -d 'The customer (id or name); with --site, the site\'s customer' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand portal; and __fish_seen_subcommand_from disable" -l partner -d 'The customer\'s partner (id or name), when the customer name is ambiguous' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand portal; and __fish_seen_subcommand_from disable" -l site -d 'The site (id or name)' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand portal; and __fish_seen_subcommand_from disable" -l db -d 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]' -r -F
complete -c portalctl -n "__fish_portalctl_using_subcommand portal; and __fish_seen_subcommand_from disable" -l config -d 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]' -r -F
complete -c portalctl -n "__fish_portalctl_using_subcommand portal; and __fish_seen_subcommand_from disable" -s o -l output -d 'Output format [env: PORTALCTL_OUTPUT] [default: the config\'s `output`, else table]' -r -f -a "table\t'Aligned tables for people'
json\t'JSON: an object for one entity, an array for lists'
csv\t'CSV with a header row'"
complete -c portalctl -n "__fish_portalctl_using_subcommand portal; and __fish_seen_subcommand_from disable" -l actor -d 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand portal; and __fish_seen_subcommand_from disable" -s q -l quiet -d 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
complete -c portalctl -n "__fish_portalctl_using_subcommand portal; and __fish_seen_subcommand_from disable" -s y -l yes -d 'Answer yes to every confirmation'
complete -c portalctl -n "__fish_portalctl_using_subcommand portal; and __fish_seen_subcommand_from disable" -l no-color -d 'Never colour the output (also: `NO_COLOR` set to anything)'
complete -c portalctl -n "__fish_portalctl_using_subcommand portal; and __fish_seen_subcommand_from disable" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c portalctl -n "__fish_portalctl_using_subcommand portal; and __fish_seen_subcommand_from status" -l customer -d 'The customer (id or name); with --site, the site\'s customer' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand portal; and __fish_seen_subcommand_from status" -l partner -d 'The customer\'s partner (id or name), when the customer name is ambiguous' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand portal; and __fish_seen_subcommand_from status" -l site -d 'The site (id or name)' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand portal; and __fish_seen_subcommand_from status" -l db -d 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]' -r -F
complete -c portalctl -n "__fish_portalctl_using_subcommand portal; and __fish_seen_subcommand_from status" -l config -d 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]' -r -F
complete -c portalctl -n "__fish_portalctl_using_subcommand portal; and __fish_seen_subcommand_from status" -s o -l output -d 'Output format [env: PORTALCTL_OUTPUT] [default: the config\'s `output`, else table]' -r -f -a "table\t'Aligned tables for people'
json\t'JSON: an object for one entity, an array for lists'
csv\t'CSV with a header row'"
complete -c portalctl -n "__fish_portalctl_using_subcommand portal; and __fish_seen_subcommand_from status" -l actor -d 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand portal; and __fish_seen_subcommand_from status" -s q -l quiet -d 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
complete -c portalctl -n "__fish_portalctl_using_subcommand portal; and __fish_seen_subcommand_from status" -s y -l yes -d 'Answer yes to every confirmation'
complete -c portalctl -n "__fish_portalctl_using_subcommand portal; and __fish_seen_subcommand_from status" -l no-color -d 'Never colour the output (also: `NO_COLOR` set to anything)'
complete -c portalctl -n "__fish_portalctl_using_subcommand portal; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c portalctl -n "__fish_portalctl_using_subcommand portal; and __fish_seen_subcommand_from help" -f -a "enable" -d 'Turn a portal on; makes an authorization code (printed once, with the portal link) when none is in force'
complete -c portalctl -n "__fish_portalctl_using_subcommand portal; and __fish_seen_subcommand_from help" -f -a "disable" -d 'Turn a portal off: the code is revoked and stops working at once'
complete -c portalctl -n "__fish_portalctl_using_subcommand portal; and __fish_seen_subcommand_from help" -f -a "status" -d 'Whether a portal is on, at installation level, and has a code in force (never the code)'
complete -c portalctl -n "__fish_portalctl_using_subcommand portal; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c portalctl -n "__fish_portalctl_using_subcommand authcode; and not __fish_seen_subcommand_from show regenerate verify help" -l db -d 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]' -r -F
complete -c portalctl -n "__fish_portalctl_using_subcommand authcode; and not __fish_seen_subcommand_from show regenerate verify help" -l config -d 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]' -r -F
complete -c portalctl -n "__fish_portalctl_using_subcommand authcode; and not __fish_seen_subcommand_from show regenerate verify help" -s o -l output -d 'Output format [env: PORTALCTL_OUTPUT] [default: the config\'s `output`, else table]' -r -f -a "table\t'Aligned tables for people'
json\t'JSON: an object for one entity, an array for lists'
csv\t'CSV with a header row'"
complete -c portalctl -n "__fish_portalctl_using_subcommand authcode; and not __fish_seen_subcommand_from show regenerate verify help" -l actor -d 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand authcode; and not __fish_seen_subcommand_from show regenerate verify help" -s q -l quiet -d 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
complete -c portalctl -n "__fish_portalctl_using_subcommand authcode; and not __fish_seen_subcommand_from show regenerate verify help" -s y -l yes -d 'Answer yes to every confirmation'
complete -c portalctl -n "__fish_portalctl_using_subcommand authcode; and not __fish_seen_subcommand_from show regenerate verify help" -l no-color -d 'Never colour the output (also: `NO_COLOR` set to anything)'
complete -c portalctl -n "__fish_portalctl_using_subcommand authcode; and not __fish_seen_subcommand_from show regenerate verify help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c portalctl -n "__fish_portalctl_using_subcommand authcode; and not __fish_seen_subcommand_from show regenerate verify help" -f -a "show" -d 'Whether a code or token is in force, when it was issued and its last four characters'
complete -c portalctl -n "__fish_portalctl_using_subcommand authcode; and not __fish_seen_subcommand_from show regenerate verify help" -f -a "regenerate" -d 'Make a new code (with --probe: a new installation token), printed once; the old one is dead from that moment'
complete -c portalctl -n "__fish_portalctl_using_subcommand authcode; and not __fish_seen_subcommand_from show regenerate verify help" -f -a "verify" -d 'Check a code (and an installation token): exit 0 with the scope it opens, or 6'
complete -c portalctl -n "__fish_portalctl_using_subcommand authcode; and not __fish_seen_subcommand_from show regenerate verify help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c portalctl -n "__fish_portalctl_using_subcommand authcode; and __fish_seen_subcommand_from show" -l customer -d 'The customer (id or name); with --site, the site\'s customer' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand authcode; and __fish_seen_subcommand_from show" -l partner -d 'The customer\'s partner (id or name), when the customer name is ambiguous' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand authcode; and __fish_seen_subcommand_from show" -l site -d 'The site (id or name); with --probe, the probe\'s site' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand authcode; and __fish_seen_subcommand_from show" -l probe -d 'The probe (id or name): its installation token' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand authcode; and __fish_seen_subcommand_from show" -l db -d 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]' -r -F
complete -c portalctl -n "__fish_portalctl_using_subcommand authcode; and __fish_seen_subcommand_from show" -l config -d 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]' -r -F
complete -c portalctl -n "__fish_portalctl_using_subcommand authcode; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format [env: PORTALCTL_OUTPUT] [default: the config\'s `output`, else table]' -r -f -a "table\t'Aligned tables for people'
json\t'JSON: an object for one entity, an array for lists'
csv\t'CSV with a header row'"
complete -c portalctl -n "__fish_portalctl_using_subcommand authcode; and __fish_seen_subcommand_from show" -l actor -d 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand authcode; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
complete -c portalctl -n "__fish_portalctl_using_subcommand authcode; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to every confirmation'
complete -c portalctl -n "__fish_portalctl_using_subcommand authcode; and __fish_seen_subcommand_from show" -l no-color -d 'Never colour the output (also: `NO_COLOR` set to anything)'
complete -c portalctl -n "__fish_portalctl_using_subcommand authcode; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c portalctl -n "__fish_portalctl_using_subcommand authcode; and __fish_seen_subcommand_from regenerate" -l customer -d 'The customer (id or name); with --site, the site\'s customer' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand authcode; and __fish_seen_subcommand_from regenerate" -l partner -d 'The customer\'s partner (id or name), when the customer name is ambiguous' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand authcode; and __fish_seen_subcommand_from regenerate" -l site -d 'The site (id or name); with --probe, the probe\'s site' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand authcode; and __fish_seen_subcommand_from regenerate" -l probe -d 'The probe (id or name): its installation token' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand authcode; and __fish_seen_subcommand_from regenerate" -l db -d 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]' -r -F
complete -c portalctl -n "__fish_portalctl_using_subcommand authcode; and __fish_seen_subcommand_from regenerate" -l config -d 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]' -r -F
complete -c portalctl -n "__fish_portalctl_using_subcommand authcode; and __fish_seen_subcommand_from regenerate" -s o -l output -d 'Output format [env: PORTALCTL_OUTPUT] [default: the config\'s `output`, else table]' -r -f -a "table\t'Aligned tables for people'
json\t'JSON: an object for one entity, an array for lists'
csv\t'CSV with a header row'"
complete -c portalctl -n "__fish_portalctl_using_subcommand authcode; and __fish_seen_subcommand_from regenerate" -l actor -d 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand authcode; and __fish_seen_subcommand_from regenerate" -s q -l quiet -d 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
complete -c portalctl -n "__fish_portalctl_using_subcommand authcode; and __fish_seen_subcommand_from regenerate" -s y -l yes -d 'Answer yes to every confirmation'
complete -c portalctl -n "__fish_portalctl_using_subcommand authcode; and __fish_seen_subcommand_from regenerate" -l no-color -d 'Never colour the output (also: `NO_COLOR` set to anything)'
complete -c portalctl -n "__fish_portalctl_using_subcommand authcode; and __fish_seen_subcommand_from regenerate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c portalctl -n "__fish_portalctl_using_subcommand authcode; and __fish_seen_subcommand_from verify" -l token -d 'An installation token of a probe at the site (needed at installation level), or -' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand authcode; and __fish_seen_subcommand_from verify" -l db -d 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]' -r -F
complete -c portalctl -n "__fish_portalctl_using_subcommand authcode; and __fish_seen_subcommand_from verify" -l config -d 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]' -r -F
complete -c portalctl -n "__fish_portalctl_using_subcommand authcode; and __fish_seen_subcommand_from verify" -s o -l output -d 'Output format [env: PORTALCTL_OUTPUT] [default: the config\'s `output`, else table]' -r -f -a "table\t'Aligned tables for people'
json\t'JSON: an object for one entity, an array for lists'
csv\t'CSV with a header row'"
complete -c portalctl -n "__fish_portalctl_using_subcommand authcode; and __fish_seen_subcommand_from verify" -l actor -d 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand authcode; and __fish_seen_subcommand_from verify" -l explain -d 'Say why a code is refused'
complete -c portalctl -n "__fish_portalctl_using_subcommand authcode; and __fish_seen_subcommand_from verify" -s q -l quiet -d 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
complete -c portalctl -n "__fish_portalctl_using_subcommand authcode; and __fish_seen_subcommand_from verify" -s y -l yes -d 'Answer yes to every confirmation'
complete -c portalctl -n "__fish_portalctl_using_subcommand authcode; and __fish_seen_subcommand_from verify" -l no-color -d 'Never colour the output (also: `NO_COLOR` set to anything)'
complete -c portalctl -n "__fish_portalctl_using_subcommand authcode; and __fish_seen_subcommand_from verify" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c portalctl -n "__fish_portalctl_using_subcommand authcode; and __fish_seen_subcommand_from help" -f -a "show" -d 'Whether a code or token is in force, when it was issued and its last four characters'
complete -c portalctl -n "__fish_portalctl_using_subcommand authcode; and __fish_seen_subcommand_from help" -f -a "regenerate" -d 'Make a new code (with --probe: a new installation token), printed once; the old one is dead from that moment'
complete -c portalctl -n "__fish_portalctl_using_subcommand authcode; and __fish_seen_subcommand_from help" -f -a "verify" -d 'Check a code (and an installation token): exit 0 with the scope it opens, or 6'
complete -c portalctl -n "__fish_portalctl_using_subcommand authcode; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c portalctl -n "__fish_portalctl_using_subcommand apply" -s f -l file -d 'The tree file (TOML), or - for standard input' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand apply" -l db -d 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]' -r -F
complete -c portalctl -n "__fish_portalctl_using_subcommand apply" -l config -d 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]' -r -F
complete -c portalctl -n "__fish_portalctl_using_subcommand apply" -s o -l output -d 'Output format [env: PORTALCTL_OUTPUT] [default: the config\'s `output`, else table]' -r -f -a "table\t'Aligned tables for people'
json\t'JSON: an object for one entity, an array for lists'
csv\t'CSV with a header row'"
complete -c portalctl -n "__fish_portalctl_using_subcommand apply" -l actor -d 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand apply" -l dry-run -d 'Print the plan and change nothing'
complete -c portalctl -n "__fish_portalctl_using_subcommand apply" -l prune -d 'Also delete what lies under the file\'s partners and customers but is not in the file (asks first)'
complete -c portalctl -n "__fish_portalctl_using_subcommand apply" -s q -l quiet -d 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
complete -c portalctl -n "__fish_portalctl_using_subcommand apply" -s y -l yes -d 'Answer yes to every confirmation'
complete -c portalctl -n "__fish_portalctl_using_subcommand apply" -l no-color -d 'Never colour the output (also: `NO_COLOR` set to anything)'
complete -c portalctl -n "__fish_portalctl_using_subcommand apply" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c portalctl -n "__fish_portalctl_using_subcommand export" -l partner -d 'Only this partner and its customers (id or name); with --customer, the customer\'s partner, when the customer name is used under several partners' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand export" -l customer -d 'Only this customer (id or name), under its partner' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand export" -l db -d 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]' -r -F
complete -c portalctl -n "__fish_portalctl_using_subcommand export" -l config -d 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]' -r -F
complete -c portalctl -n "__fish_portalctl_using_subcommand export" -s o -l output -d 'Output format [env: PORTALCTL_OUTPUT] [default: the config\'s `output`, else table]' -r -f -a "table\t'Aligned tables for people'
json\t'JSON: an object for one entity, an array for lists'
csv\t'CSV with a header row'"
complete -c portalctl -n "__fish_portalctl_using_subcommand export" -l actor -d 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand export" -l direct -d 'With --customer: the customer is a direct customer (no partner)'
complete -c portalctl -n "__fish_portalctl_using_subcommand export" -s q -l quiet -d 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
complete -c portalctl -n "__fish_portalctl_using_subcommand export" -s y -l yes -d 'Answer yes to every confirmation'
complete -c portalctl -n "__fish_portalctl_using_subcommand export" -l no-color -d 'Never colour the output (also: `NO_COLOR` set to anything)'
complete -c portalctl -n "__fish_portalctl_using_subcommand export" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c portalctl -n "__fish_portalctl_using_subcommand log" -l entity -d 'Only this kind of entity (partner, customer, site, probe, contact, guest, invitation, apply), or one entity as KIND:ID' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand log" -l actor -d 'Only changes made in the name of this actor (only when given here: the global --actor and `PORTALCTL_ACTOR` never filter the log)' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand log" -l user -d 'Only changes by this authenticated user (the OS user, or the database role)' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand log" -l action -d 'Only this action' -r -f -a "create\t''
update\t''
delete\t''
activate\t''
deactivate\t''
assign\t''
unassign\t''
enable\t''
disable\t''
regenerate\t''
password\t''
login\t''
logout\t''
send\t''
resend\t''
accept\t''
decline\t''
revoke\t''
view\t''
apply\t''"
complete -c portalctl -n "__fish_portalctl_using_subcommand log" -l since -d 'Only changes since a time: RFC 3339, a date (2026-01-31), or an age (90m, 12h, 7d)' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand log" -l until -d 'Only changes until a time (inclusive): RFC 3339, a date, or an age' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand log" -l limit -d 'Show at most N entries' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand log" -l offset -d 'Skip the first N entries (newest first)' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand log" -l db -d 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]' -r -F
complete -c portalctl -n "__fish_portalctl_using_subcommand log" -l config -d 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]' -r -F
complete -c portalctl -n "__fish_portalctl_using_subcommand log" -s o -l output -d 'Output format [env: PORTALCTL_OUTPUT] [default: the config\'s `output`, else table]' -r -f -a "table\t'Aligned tables for people'
json\t'JSON: an object for one entity, an array for lists'
csv\t'CSV with a header row'"
complete -c portalctl -n "__fish_portalctl_using_subcommand log" -s q -l quiet -d 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
complete -c portalctl -n "__fish_portalctl_using_subcommand log" -s y -l yes -d 'Answer yes to every confirmation'
complete -c portalctl -n "__fish_portalctl_using_subcommand log" -l no-color -d 'Never colour the output (also: `NO_COLOR` set to anything)'
complete -c portalctl -n "__fish_portalctl_using_subcommand log" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c portalctl -n "__fish_portalctl_using_subcommand db; and not __fish_seen_subcommand_from path check backup migrate copy grants help" -l db -d 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]' -r -F
complete -c portalctl -n "__fish_portalctl_using_subcommand db; and not __fish_seen_subcommand_from path check backup migrate copy grants help" -l config -d 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]' -r -F
complete -c portalctl -n "__fish_portalctl_using_subcommand db; and not __fish_seen_subcommand_from path check backup migrate copy grants help" -s o -l output -d 'Output format [env: PORTALCTL_OUTPUT] [default: the config\'s `output`, else table]' -r -f -a "table\t'Aligned tables for people'
json\t'JSON: an object for one entity, an array for lists'
csv\t'CSV with a header row'"
complete -c portalctl -n "__fish_portalctl_using_subcommand db; and not __fish_seen_subcommand_from path check backup migrate copy grants help" -l actor -d 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand db; and not __fish_seen_subcommand_from path check backup migrate copy grants help" -s q -l quiet -d 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
complete -c portalctl -n "__fish_portalctl_using_subcommand db; and not __fish_seen_subcommand_from path check backup migrate copy grants help" -s y -l yes -d 'Answer yes to every confirmation'
complete -c portalctl -n "__fish_portalctl_using_subcommand db; and not __fish_seen_subcommand_from path check backup migrate copy grants help" -l no-color -d 'Never colour the output (also: `NO_COLOR` set to anything)'
complete -c portalctl -n "__fish_portalctl_using_subcommand db; and not __fish_seen_subcommand_from path check backup migrate copy grants help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c portalctl -n "__fish_portalctl_using_subcommand db; and not __fish_seen_subcommand_from path check backup migrate copy grants help" -f -a "path" -d 'Print the store\'s path'
complete -c portalctl -n "__fish_portalctl_using_subcommand db; and not __fish_seen_subcommand_from path check backup migrate copy grants help" -f -a "check" -d 'Check the store\'s integrity and foreign keys (exit 1 with the findings when not clean)'
complete -c portalctl -n "__fish_portalctl_using_subcommand db; and not __fish_seen_subcommand_from path check backup migrate copy grants help" -f -a "backup" -d 'Copy the store to FILE (a SQLite file, whichever backend), consistently, even while others write (the copy is 0600)'
complete -c portalctl -n "__fish_portalctl_using_subcommand db; and not __fish_seen_subcommand_from path check backup migrate copy grants help" -f -a "migrate" -d 'Apply pending schema migrations (opening the store does this too)'
complete -c portalctl -n "__fish_portalctl_using_subcommand db; and not __fish_seen_subcommand_from path check backup migrate copy grants help" -f -a "copy" -d 'Copy the whole store (hashes, audit and ids included) into an empty store at TARGET'
complete -c portalctl -n "__fish_portalctl_using_subcommand db; and not __fish_seen_subcommand_from path check backup migrate copy grants help" -f -a "grants" -d 'Print the SQL that sets up the PostgreSQL group roles (safe to run twice)'
complete -c portalctl -n "__fish_portalctl_using_subcommand db; and not __fish_seen_subcommand_from path check backup migrate copy grants help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c portalctl -n "__fish_portalctl_using_subcommand db; and __fish_seen_subcommand_from path" -l db -d 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]' -r -F
complete -c portalctl -n "__fish_portalctl_using_subcommand db; and __fish_seen_subcommand_from path" -l config -d 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]' -r -F
complete -c portalctl -n "__fish_portalctl_using_subcommand db; and __fish_seen_subcommand_from path" -s o -l output -d 'Output format [env: PORTALCTL_OUTPUT] [default: the config\'s `output`, else table]' -r -f -a "table\t'Aligned tables for people'
json\t'JSON: an object for one entity, an array for lists'
csv\t'CSV with a header row'"
complete -c portalctl -n "__fish_portalctl_using_subcommand db; and __fish_seen_subcommand_from path" -l actor -d 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand db; and __fish_seen_subcommand_from path" -s q -l quiet -d 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
complete -c portalctl -n "__fish_portalctl_using_subcommand db; and __fish_seen_subcommand_from path" -s y -l yes -d 'Answer yes to every confirmation'
complete -c portalctl -n "__fish_portalctl_using_subcommand db; and __fish_seen_subcommand_from path" -l no-color -d 'Never colour the output (also: `NO_COLOR` set to anything)'
complete -c portalctl -n "__fish_portalctl_using_subcommand db; and __fish_seen_subcommand_from path" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c portalctl -n "__fish_portalctl_using_subcommand db; and __fish_seen_subcommand_from check" -l db -d 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]' -r -F
complete -c portalctl -n "__fish_portalctl_using_subcommand db; and __fish_seen_subcommand_from check" -l config -d 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]' -r -F
complete -c portalctl -n "__fish_portalctl_using_subcommand db; and __fish_seen_subcommand_from check" -s o -l output -d 'Output format [env: PORTALCTL_OUTPUT] [default: the config\'s `output`, else table]' -r -f -a "table\t'Aligned tables for people'
json\t'JSON: an object for one entity, an array for lists'
csv\t'CSV with a header row'"
complete -c portalctl -n "__fish_portalctl_using_subcommand db; and __fish_seen_subcommand_from check" -l actor -d 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand db; and __fish_seen_subcommand_from check" -s q -l quiet -d 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
complete -c portalctl -n "__fish_portalctl_using_subcommand db; and __fish_seen_subcommand_from check" -s y -l yes -d 'Answer yes to every confirmation'
complete -c portalctl -n "__fish_portalctl_using_subcommand db; and __fish_seen_subcommand_from check" -l no-color -d 'Never colour the output (also: `NO_COLOR` set to anything)'
complete -c portalctl -n "__fish_portalctl_using_subcommand db; and __fish_seen_subcommand_from check" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c portalctl -n "__fish_portalctl_using_subcommand db; and __fish_seen_subcommand_from backup" -l db -d 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]' -r -F
complete -c portalctl -n "__fish_portalctl_using_subcommand db; and __fish_seen_subcommand_from backup" -l config -d 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]' -r -F
complete -c portalctl -n "__fish_portalctl_using_subcommand db; and __fish_seen_subcommand_from backup" -s o -l output -d 'Output format [env: PORTALCTL_OUTPUT] [default: the config\'s `output`, else table]' -r -f -a "table\t'Aligned tables for people'
json\t'JSON: an object for one entity, an array for lists'
csv\t'CSV with a header row'"
complete -c portalctl -n "__fish_portalctl_using_subcommand db; and __fish_seen_subcommand_from backup" -l actor -d 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand db; and __fish_seen_subcommand_from backup" -s q -l quiet -d 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
complete -c portalctl -n "__fish_portalctl_using_subcommand db; and __fish_seen_subcommand_from backup" -s y -l yes -d 'Answer yes to every confirmation'
complete -c portalctl -n "__fish_portalctl_using_subcommand db; and __fish_seen_subcommand_from backup" -l no-color -d 'Never colour the output (also: `NO_COLOR` set to anything)'
complete -c portalctl -n "__fish_portalctl_using_subcommand db; and __fish_seen_subcommand_from backup" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c portalctl -n "__fish_portalctl_using_subcommand db; and __fish_seen_subcommand_from migrate" -l db -d 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]' -r -F
complete -c portalctl -n "__fish_portalctl_using_subcommand db; and __fish_seen_subcommand_from migrate" -l config -d 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]' -r -F
complete -c portalctl -n "__fish_portalctl_using_subcommand db; and __fish_seen_subcommand_from migrate" -s o -l output -d 'Output format [env: PORTALCTL_OUTPUT] [default: the config\'s `output`, else table]' -r -f -a "table\t'Aligned tables for people'
json\t'JSON: an object for one entity, an array for lists'
csv\t'CSV with a header row'"
complete -c portalctl -n "__fish_portalctl_using_subcommand db; and __fish_seen_subcommand_from migrate" -l actor -d 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand db; and __fish_seen_subcommand_from migrate" -s q -l quiet -d 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
complete -c portalctl -n "__fish_portalctl_using_subcommand db; and __fish_seen_subcommand_from migrate" -s y -l yes -d 'Answer yes to every confirmation'
complete -c portalctl -n "__fish_portalctl_using_subcommand db; and __fish_seen_subcommand_from migrate" -l no-color -d 'Never colour the output (also: `NO_COLOR` set to anything)'
complete -c portalctl -n "__fish_portalctl_using_subcommand db; and __fish_seen_subcommand_from migrate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c portalctl -n "__fish_portalctl_using_subcommand db; and __fish_seen_subcommand_from copy" -l db -d 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]' -r -F
complete -c portalctl -n "__fish_portalctl_using_subcommand db; and __fish_seen_subcommand_from copy" -l config -d 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]' -r -F
complete -c portalctl -n "__fish_portalctl_using_subcommand db; and __fish_seen_subcommand_from copy" -s o -l output -d 'Output format [env: PORTALCTL_OUTPUT] [default: the config\'s `output`, else table]' -r -f -a "table\t'Aligned tables for people'
json\t'JSON: an object for one entity, an array for lists'
csv\t'CSV with a header row'"
complete -c portalctl -n "__fish_portalctl_using_subcommand db; and __fish_seen_subcommand_from copy" -l actor -d 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand db; and __fish_seen_subcommand_from copy" -s q -l quiet -d 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
complete -c portalctl -n "__fish_portalctl_using_subcommand db; and __fish_seen_subcommand_from copy" -s y -l yes -d 'Answer yes to every confirmation'
complete -c portalctl -n "__fish_portalctl_using_subcommand db; and __fish_seen_subcommand_from copy" -l no-color -d 'Never colour the output (also: `NO_COLOR` set to anything)'
complete -c portalctl -n "__fish_portalctl_using_subcommand db; and __fish_seen_subcommand_from copy" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c portalctl -n "__fish_portalctl_using_subcommand db; and __fish_seen_subcommand_from grants" -l db -d 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]' -r -F
complete -c portalctl -n "__fish_portalctl_using_subcommand db; and __fish_seen_subcommand_from grants" -l config -d 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]' -r -F
complete -c portalctl -n "__fish_portalctl_using_subcommand db; and __fish_seen_subcommand_from grants" -s o -l output -d 'Output format [env: PORTALCTL_OUTPUT] [default: the config\'s `output`, else table]' -r -f -a "table\t'Aligned tables for people'
json\t'JSON: an object for one entity, an array for lists'
csv\t'CSV with a header row'"
complete -c portalctl -n "__fish_portalctl_using_subcommand db; and __fish_seen_subcommand_from grants" -l actor -d 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand db; and __fish_seen_subcommand_from grants" -s q -l quiet -d 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
complete -c portalctl -n "__fish_portalctl_using_subcommand db; and __fish_seen_subcommand_from grants" -s y -l yes -d 'Answer yes to every confirmation'
complete -c portalctl -n "__fish_portalctl_using_subcommand db; and __fish_seen_subcommand_from grants" -l no-color -d 'Never colour the output (also: `NO_COLOR` set to anything)'
complete -c portalctl -n "__fish_portalctl_using_subcommand db; and __fish_seen_subcommand_from grants" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c portalctl -n "__fish_portalctl_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "path" -d 'Print the store\'s path'
complete -c portalctl -n "__fish_portalctl_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "check" -d 'Check the store\'s integrity and foreign keys (exit 1 with the findings when not clean)'
complete -c portalctl -n "__fish_portalctl_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "backup" -d 'Copy the store to FILE (a SQLite file, whichever backend), consistently, even while others write (the copy is 0600)'
complete -c portalctl -n "__fish_portalctl_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "migrate" -d 'Apply pending schema migrations (opening the store does this too)'
complete -c portalctl -n "__fish_portalctl_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "copy" -d 'Copy the whole store (hashes, audit and ids included) into an empty store at TARGET'
complete -c portalctl -n "__fish_portalctl_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "grants" -d 'Print the SQL that sets up the PostgreSQL group roles (safe to run twice)'
complete -c portalctl -n "__fish_portalctl_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c portalctl -n "__fish_portalctl_using_subcommand completions" -l db -d 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]' -r -F
complete -c portalctl -n "__fish_portalctl_using_subcommand completions" -l config -d 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]' -r -F
complete -c portalctl -n "__fish_portalctl_using_subcommand completions" -s o -l output -d 'Output format [env: PORTALCTL_OUTPUT] [default: the config\'s `output`, else table]' -r -f -a "table\t'Aligned tables for people'
json\t'JSON: an object for one entity, an array for lists'
csv\t'CSV with a header row'"
complete -c portalctl -n "__fish_portalctl_using_subcommand completions" -l actor -d 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]' -r
complete -c portalctl -n "__fish_portalctl_using_subcommand completions" -s q -l quiet -d 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
complete -c portalctl -n "__fish_portalctl_using_subcommand completions" -s y -l yes -d 'Answer yes to every confirmation'
complete -c portalctl -n "__fish_portalctl_using_subcommand completions" -l no-color -d 'Never colour the output (also: `NO_COLOR` set to anything)'
complete -c portalctl -n "__fish_portalctl_using_subcommand completions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c portalctl -n "__fish_portalctl_using_subcommand help; and not __fish_seen_subcommand_from partner customer site probe contact invite portal authcode apply export log db completions help" -f -a "partner" -d 'Partners: the resellers whose customers you manage'
complete -c portalctl -n "__fish_portalctl_using_subcommand help; and not __fish_seen_subcommand_from partner customer site probe contact invite portal authcode apply export log db completions help" -f -a "customer" -d 'Customers of a partner, or direct customers'
complete -c portalctl -n "__fish_portalctl_using_subcommand help; and not __fish_seen_subcommand_from partner customer site probe contact invite portal authcode apply export log db completions help" -f -a "site" -d 'Sites of a customer'
complete -c portalctl -n "__fish_portalctl_using_subcommand help; and not __fish_seen_subcommand_from partner customer site probe contact invite portal authcode apply export log db completions help" -f -a "probe" -d 'Probes installed at sites (or not yet assigned)'
complete -c portalctl -n "__fish_portalctl_using_subcommand help; and not __fish_seen_subcommand_from partner customer site probe contact invite portal authcode apply export log db completions help" -f -a "contact" -d 'People who may use a customer account: contacts and guests'
complete -c portalctl -n "__fish_portalctl_using_subcommand help; and not __fish_seen_subcommand_from partner customer site probe contact invite portal authcode apply export log db completions help" -f -a "invite" -d 'Guest invitations: share a customer account with someone registered elsewhere'
complete -c portalctl -n "__fish_portalctl_using_subcommand help; and not __fish_seen_subcommand_from partner customer site probe contact invite portal authcode apply export log db completions help" -f -a "portal" -d 'Customer portals: turn them on (making an authorization code) or off (revoking it)'
complete -c portalctl -n "__fish_portalctl_using_subcommand help; and not __fish_seen_subcommand_from partner customer site probe contact invite portal authcode apply export log db completions help" -f -a "authcode" -d 'Authorization codes and installation tokens: show, regenerate, verify'
complete -c portalctl -n "__fish_portalctl_using_subcommand help; and not __fish_seen_subcommand_from partner customer site probe contact invite portal authcode apply export log db completions help" -f -a "apply" -d 'Make the store hold what a tree file describes (create, update; with --prune, delete)'
complete -c portalctl -n "__fish_portalctl_using_subcommand help; and not __fish_seen_subcommand_from partner customer site probe contact invite portal authcode apply export log db completions help" -f -a "export" -d 'Print the store (or a subtree) as a tree file that `apply` accepts; never a secret'
complete -c portalctl -n "__fish_portalctl_using_subcommand help; and not __fish_seen_subcommand_from partner customer site probe contact invite portal authcode apply export log db completions help" -f -a "log" -d 'The audit trail of every change, newest first'
complete -c portalctl -n "__fish_portalctl_using_subcommand help; and not __fish_seen_subcommand_from partner customer site probe contact invite portal authcode apply export log db completions help" -f -a "db" -d 'Housekeeping of the store file'
complete -c portalctl -n "__fish_portalctl_using_subcommand help; and not __fish_seen_subcommand_from partner customer site probe contact invite portal authcode apply export log db completions help" -f -a "completions" -d 'Print a shell completion script'
complete -c portalctl -n "__fish_portalctl_using_subcommand help; and not __fish_seen_subcommand_from partner customer site probe contact invite portal authcode apply export log db completions help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c portalctl -n "__fish_portalctl_using_subcommand help; and __fish_seen_subcommand_from partner" -f -a "create" -d 'Create a partner'
complete -c portalctl -n "__fish_portalctl_using_subcommand help; and __fish_seen_subcommand_from partner" -f -a "list" -d 'List partners, by name'
complete -c portalctl -n "__fish_portalctl_using_subcommand help; and __fish_seen_subcommand_from partner" -f -a "show" -d 'Show one partner'
complete -c portalctl -n "__fish_portalctl_using_subcommand help; and __fish_seen_subcommand_from partner" -f -a "edit" -d 'Change a partner\'s name, email or portal URL'
complete -c portalctl -n "__fish_portalctl_using_subcommand help; and __fish_seen_subcommand_from partner" -f -a "delete" -d 'Delete partners with all their customers, sites and probes (asks first)'
complete -c portalctl -n "__fish_portalctl_using_subcommand help; and __fish_seen_subcommand_from customer" -f -a "create" -d 'Create a customer under a partner, or a direct customer'
complete -c portalctl -n "__fish_portalctl_using_subcommand help; and __fish_seen_subcommand_from customer" -f -a "list" -d 'List customers, by name; filters combine with AND'
complete -c portalctl -n "__fish_portalctl_using_subcommand help; and __fish_seen_subcommand_from customer" -f -a "show" -d 'Show one customer'
complete -c portalctl -n "__fish_portalctl_using_subcommand help; and __fish_seen_subcommand_from customer" -f -a "edit" -d 'Change a customer\'s name, email, workflow or branding (the partner is fixed)'
complete -c portalctl -n "__fish_portalctl_using_subcommand help; and __fish_seen_subcommand_from customer" -f -a "activate" -d 'Reactivate customers: portal access and data transfers resume'
complete -c portalctl -n "__fish_portalctl_using_subcommand help; and __fish_seen_subcommand_from customer" -f -a "deactivate" -d 'Deactivate customers: no portal access and no data transfers; data is kept'
complete -c portalctl -n "__fish_portalctl_using_subcommand help; and __fish_seen_subcommand_from customer" -f -a "view" -d 'See the account as its end customer does (the portal\'s "log in as"); audited'
complete -c portalctl -n "__fish_portalctl_using_subcommand help; and __fish_seen_subcommand_from customer" -f -a "delete" -d 'Delete customers with all their sites and probes (asks first)'
complete -c portalctl -n "__fish_portalctl_using_subcommand help; and __fish_seen_subcommand_from site" -f -a "create" -d 'Create a site of a customer'
complete -c portalctl -n "__fish_portalctl_using_subcommand help; and __fish_seen_subcommand_from site" -f -a "list" -d 'List sites, by customer then name'
complete -c portalctl -n "__fish_portalctl_using_subcommand help; and __fish_seen_subcommand_from site" -f -a "show" -d 'Show one site'
complete -c portalctl -n "__fish_portalctl_using_subcommand help; and __fish_seen_subcommand_from site" -f -a "edit" -d 'Change a site\'s name or address'
complete -c portalctl -n "__fish_portalctl_using_subcommand help; and __fish_seen_subcommand_from site" -f -a "delete" -d 'Delete sites with their probes (asks first)'
complete -c portalctl -n "__fish_portalctl_using_subcommand help; and __fish_seen_subcommand_from probe" -f -a "create" -d 'Create a probe and print its installation token once'
complete -c portalctl -n "__fish_portalctl_using_subcommand help; and __fish_seen_subcommand_from probe" -f -a "list" -d 'List probes, by customer and site (unassigned ones first), then name'
complete -c portalctl -n "__fish_portalctl_using_subcommand help; and __fish_seen_subcommand_from probe" -f -a "show" -d 'Show one probe (never its token)'
complete -c portalctl -n "__fish_portalctl_using_subcommand help; and __fish_seen_subcommand_from probe" -f -a "edit" -d 'Change a probe\'s name or serial'
complete -c portalctl -n "__fish_portalctl_using_subcommand help; and __fish_seen_subcommand_from probe" -f -a "assign" -d 'Install a probe at a site'
complete -c portalctl -n "__fish_portalctl_using_subcommand help; and __fish_seen_subcommand_from probe" -f -a "unassign" -d 'Take a probe off its site'
complete -c portalctl -n "__fish_portalctl_using_subcommand help; and __fish_seen_subcommand_from probe" -f -a "delete" -d 'Delete probes (asks first)'
complete -c portalctl -n "__fish_portalctl_using_subcommand help; and __fish_seen_subcommand_from contact" -f -a "create" -d 'Add a contact to a customer account (with --login: print a generated password once)'
complete -c portalctl -n "__fish_portalctl_using_subcommand help; and __fish_seen_subcommand_from contact" -f -a "list" -d 'List the contacts and guests of a customer account, by customer, contacts first, then email'
complete -c portalctl -n "__fish_portalctl_using_subcommand help; and __fish_seen_subcommand_from contact" -f -a "show" -d 'Show one contact or guest (never its password)'
complete -c portalctl -n "__fish_portalctl_using_subcommand help; and __fish_seen_subcommand_from contact" -f -a "edit" -d 'Change a contact\'s details, permissions or login'
complete -c portalctl -n "__fish_portalctl_using_subcommand help; and __fish_seen_subcommand_from contact" -f -a "activate" -d 'Reactivate contacts or guests'
complete -c portalctl -n "__fish_portalctl_using_subcommand help; and __fish_seen_subcommand_from contact" -f -a "deactivate" -d 'Deactivate contacts or guests: they cannot log in, their data is kept'
complete -c portalctl -n "__fish_portalctl_using_subcommand help; and __fish_seen_subcommand_from contact" -f -a "delete" -d 'Delete contacts or guests (asks first)'
complete -c portalctl -n "__fish_portalctl_using_subcommand help; and __fish_seen_subcommand_from contact" -f -a "access" -d 'The access list: every customer account an email may use, and as what'
complete -c portalctl -n "__fish_portalctl_using_subcommand help; and __fish_seen_subcommand_from contact" -f -a "password" -d 'Issue a new generated password, printed once; the old one stops working at once'
complete -c portalctl -n "__fish_portalctl_using_subcommand help; and __fish_seen_subcommand_from contact" -f -a "login" -d 'Check a login: reads the password from standard input; exit 0 listing the accounts it opens, or 6 when refused'
complete -c portalctl -n "__fish_portalctl_using_subcommand help; and __fish_seen_subcommand_from invite" -f -a "create" -d 'Invite an email registered elsewhere into a customer account; prints the invitation token once (with --send: the message that carries it)'
complete -c portalctl -n "__fish_portalctl_using_subcommand help; and __fish_seen_subcommand_from invite" -f -a "list" -d 'List invitations, newest first'
complete -c portalctl -n "__fish_portalctl_using_subcommand help; and __fish_seen_subcommand_from invite" -f -a "show" -d 'Show one invitation (never its token)'
complete -c portalctl -n "__fish_portalctl_using_subcommand help; and __fish_seen_subcommand_from invite" -f -a "send" -d 'Record that you delivered the token `create` printed (pending -> sent)'
complete -c portalctl -n "__fish_portalctl_using_subcommand help; and __fish_seen_subcommand_from invite" -f -a "accept" -d 'Accept an invitation: its email becomes an active guest of the customer'
complete -c portalctl -n "__fish_portalctl_using_subcommand help; and __fish_seen_subcommand_from invite" -f -a "decline" -d 'Decline an invitation'
complete -c portalctl -n "__fish_portalctl_using_subcommand help; and __fish_seen_subcommand_from invite" -f -a "revoke" -d 'Revoke an open invitation; its token stops working'
complete -c portalctl -n "__fish_portalctl_using_subcommand help; and __fish_seen_subcommand_from invite" -f -a "resend" -d 'Make a new token (the old one dies at once), renew the expiry and compose the message again (printed, or piped to `mail_command`)'
complete -c portalctl -n "__fish_portalctl_using_subcommand help; and __fish_seen_subcommand_from portal" -f -a "enable" -d 'Turn a portal on; makes an authorization code (printed once, with the portal link) when none is in force'
complete -c portalctl -n "__fish_portalctl_using_subcommand help; and __fish_seen_subcommand_from portal" -f -a "disable" -d 'Turn a portal off: the code is revoked and stops working at once'
complete -c portalctl -n "__fish_portalctl_using_subcommand help; and __fish_seen_subcommand_from portal" -f -a "status" -d 'Whether a portal is on, at installation level, and has a code in force (never the code)'
complete -c portalctl -n "__fish_portalctl_using_subcommand help; and __fish_seen_subcommand_from authcode" -f -a "show" -d 'Whether a code or token is in force, when it was issued and its last four characters'
complete -c portalctl -n "__fish_portalctl_using_subcommand help; and __fish_seen_subcommand_from authcode" -f -a "regenerate" -d 'Make a new code (with --probe: a new installation token), printed once; the old one is dead from that moment'
complete -c portalctl -n "__fish_portalctl_using_subcommand help; and __fish_seen_subcommand_from authcode" -f -a "verify" -d 'Check a code (and an installation token): exit 0 with the scope it opens, or 6'
complete -c portalctl -n "__fish_portalctl_using_subcommand help; and __fish_seen_subcommand_from db" -f -a "path" -d 'Print the store\'s path'
complete -c portalctl -n "__fish_portalctl_using_subcommand help; and __fish_seen_subcommand_from db" -f -a "check" -d 'Check the store\'s integrity and foreign keys (exit 1 with the findings when not clean)'
complete -c portalctl -n "__fish_portalctl_using_subcommand help; and __fish_seen_subcommand_from db" -f -a "backup" -d 'Copy the store to FILE (a SQLite file, whichever backend), consistently, even while others write (the copy is 0600)'
complete -c portalctl -n "__fish_portalctl_using_subcommand help; and __fish_seen_subcommand_from db" -f -a "migrate" -d 'Apply pending schema migrations (opening the store does this too)'
complete -c portalctl -n "__fish_portalctl_using_subcommand help; and __fish_seen_subcommand_from db" -f -a "copy" -d 'Copy the whole store (hashes, audit and ids included) into an empty store at TARGET'
complete -c portalctl -n "__fish_portalctl_using_subcommand help; and __fish_seen_subcommand_from db" -f -a "grants" -d 'Print the SQL that sets up the PostgreSQL group roles (safe to run twice)'
