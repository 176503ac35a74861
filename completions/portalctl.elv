
use builtin;
use str;

set edit:completion:arg-completer[portalctl] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'portalctl'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'portalctl'= {
            cand --db 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]'
            cand --config 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]'
            cand -o 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]'
            cand --output 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]'
            cand --actor 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]'
            cand -q 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
            cand --quiet 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-color 'Never colour the output (also: `NO_COLOR` set to anything)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand partner 'Partners: the resellers whose customers you manage'
            cand customer 'Customers of a partner, or direct customers'
            cand site 'Sites of a customer'
            cand probe 'Probes installed at sites (or not yet assigned)'
            cand contact 'People who may use a customer account: contacts and guests'
            cand invite 'Guest invitations: share a customer account with someone registered elsewhere'
            cand portal 'Customer portals: turn them on (making an authorization code) or off (revoking it)'
            cand authcode 'Authorization codes and installation tokens: show, regenerate, verify'
            cand apply 'Make the store hold what a tree file describes (create, update; with --prune, delete)'
            cand export 'Print the store (or a subtree) as a tree file that `apply` accepts; never a secret'
            cand log 'The audit trail of every change, newest first'
            cand db 'Housekeeping of the store file'
            cand completions 'Print a shell completion script'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'portalctl;partner'= {
            cand --db 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]'
            cand --config 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]'
            cand -o 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]'
            cand --output 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]'
            cand --actor 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]'
            cand -q 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
            cand --quiet 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-color 'Never colour the output (also: `NO_COLOR` set to anything)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand create 'Create a partner'
            cand list 'List partners, by name'
            cand ls 'List partners, by name'
            cand show 'Show one partner'
            cand edit 'Change a partner''s name, email or portal URL'
            cand delete 'Delete partners with all their customers, sites and probes (asks first)'
            cand rm 'Delete partners with all their customers, sites and probes (asks first)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'portalctl;partner;create'= {
            cand --email 'Contact email of the partner'
            cand --portal-url 'The partner''s own branded portal (http or https)'
            cand --db 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]'
            cand --config 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]'
            cand -o 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]'
            cand --output 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]'
            cand --actor 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]'
            cand -q 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
            cand --quiet 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-color 'Never colour the output (also: `NO_COLOR` set to anything)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'portalctl;partner;list'= {
            cand --name 'Name contains this text (case-insensitive)'
            cand --sort 'Sort by this field (the command''s description says the default order)'
            cand --limit 'Show at most N rows'
            cand --offset 'Skip the first N rows'
            cand --db 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]'
            cand --config 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]'
            cand -o 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]'
            cand --output 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]'
            cand --actor 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]'
            cand --desc 'Sort in descending order (Z, newest, highest first)'
            cand -q 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
            cand --quiet 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-color 'Never colour the output (also: `NO_COLOR` set to anything)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'portalctl;partner;ls'= {
            cand --name 'Name contains this text (case-insensitive)'
            cand --sort 'Sort by this field (the command''s description says the default order)'
            cand --limit 'Show at most N rows'
            cand --offset 'Skip the first N rows'
            cand --db 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]'
            cand --config 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]'
            cand -o 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]'
            cand --output 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]'
            cand --actor 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]'
            cand --desc 'Sort in descending order (Z, newest, highest first)'
            cand -q 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
            cand --quiet 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-color 'Never colour the output (also: `NO_COLOR` set to anything)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'portalctl;partner;show'= {
            cand --db 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]'
            cand --config 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]'
            cand -o 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]'
            cand --output 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]'
            cand --actor 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]'
            cand -q 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
            cand --quiet 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-color 'Never colour the output (also: `NO_COLOR` set to anything)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'portalctl;partner;edit'= {
            cand --name 'New name'
            cand --email 'New email'
            cand --portal-url 'New portal URL ("" removes it)'
            cand --db 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]'
            cand --config 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]'
            cand -o 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]'
            cand --output 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]'
            cand --actor 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]'
            cand -q 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
            cand --quiet 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-color 'Never colour the output (also: `NO_COLOR` set to anything)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'portalctl;partner;delete'= {
            cand --db 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]'
            cand --config 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]'
            cand -o 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]'
            cand --output 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]'
            cand --actor 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]'
            cand -q 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
            cand --quiet 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-color 'Never colour the output (also: `NO_COLOR` set to anything)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'portalctl;partner;rm'= {
            cand --db 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]'
            cand --config 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]'
            cand -o 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]'
            cand --output 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]'
            cand --actor 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]'
            cand -q 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
            cand --quiet 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-color 'Never colour the output (also: `NO_COLOR` set to anything)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'portalctl;partner;help'= {
            cand create 'Create a partner'
            cand list 'List partners, by name'
            cand show 'Show one partner'
            cand edit 'Change a partner''s name, email or portal URL'
            cand delete 'Delete partners with all their customers, sites and probes (asks first)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'portalctl;partner;help;create'= {
        }
        &'portalctl;partner;help;list'= {
        }
        &'portalctl;partner;help;show'= {
        }
        &'portalctl;partner;help;edit'= {
        }
        &'portalctl;partner;help;delete'= {
        }
        &'portalctl;partner;help;help'= {
        }
        &'portalctl;customer'= {
            cand --db 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]'
            cand --config 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]'
            cand -o 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]'
            cand --output 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]'
            cand --actor 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]'
            cand -q 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
            cand --quiet 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-color 'Never colour the output (also: `NO_COLOR` set to anything)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand create 'Create a customer under a partner, or a direct customer'
            cand list 'List customers, by name; filters combine with AND'
            cand ls 'List customers, by name; filters combine with AND'
            cand show 'Show one customer'
            cand edit 'Change a customer''s name, email, workflow or branding (the partner is fixed)'
            cand activate 'Reactivate customers: portal access and data transfers resume'
            cand deactivate 'Deactivate customers: no portal access and no data transfers; data is kept'
            cand view 'See the account as its end customer does (the portal''s "log in as"); audited'
            cand delete 'Delete customers with all their sites and probes (asks first)'
            cand rm 'Delete customers with all their sites and probes (asks first)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'portalctl;customer;create'= {
            cand --email 'The customer''s email'
            cand --partner 'The partner (id or name) this customer belongs to; fixed once created'
            cand --workflow 'A workflow label'
            cand --display-name 'Name shown in the customer''s portal'
            cand --logo-url 'Logo shown in the customer''s portal (http or https URL)'
            cand --primary-color 'Portal colour, #rrggbb'
            cand --support-email 'Where the customer''s users ask for help'
            cand --db 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]'
            cand --config 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]'
            cand -o 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]'
            cand --output 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]'
            cand --actor 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]'
            cand --direct 'A direct customer, with no partner (give this or --partner)'
            cand -q 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
            cand --quiet 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-color 'Never colour the output (also: `NO_COLOR` set to anything)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'portalctl;customer;list'= {
            cand --partner 'Only customers of this partner (id or name)'
            cand --name 'Name contains this text (case-insensitive)'
            cand --email 'Email is exactly this (case-insensitive)'
            cand --workflow 'Workflow is exactly this'
            cand --status 'Only active or only inactive customers'
            cand --portal 'Only customers whose portal is enabled or disabled'
            cand --sort 'Sort by this field (the command''s description says the default order)'
            cand --limit 'Show at most N rows'
            cand --offset 'Skip the first N rows'
            cand --db 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]'
            cand --config 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]'
            cand -o 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]'
            cand --output 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]'
            cand --actor 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]'
            cand --direct 'Only direct customers'
            cand --desc 'Sort in descending order (Z, newest, highest first)'
            cand -q 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
            cand --quiet 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-color 'Never colour the output (also: `NO_COLOR` set to anything)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'portalctl;customer;ls'= {
            cand --partner 'Only customers of this partner (id or name)'
            cand --name 'Name contains this text (case-insensitive)'
            cand --email 'Email is exactly this (case-insensitive)'
            cand --workflow 'Workflow is exactly this'
            cand --status 'Only active or only inactive customers'
            cand --portal 'Only customers whose portal is enabled or disabled'
            cand --sort 'Sort by this field (the command''s description says the default order)'
            cand --limit 'Show at most N rows'
            cand --offset 'Skip the first N rows'
            cand --db 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]'
            cand --config 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]'
            cand -o 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]'
            cand --output 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]'
            cand --actor 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]'
            cand --direct 'Only direct customers'
            cand --desc 'Sort in descending order (Z, newest, highest first)'
            cand -q 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
            cand --quiet 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-color 'Never colour the output (also: `NO_COLOR` set to anything)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'portalctl;customer;show'= {
            cand --partner 'The customer''s partner (id or name), when a name is used under several partners'
            cand --db 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]'
            cand --config 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]'
            cand -o 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]'
            cand --output 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]'
            cand --actor 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]'
            cand --direct 'The customer is a direct customer (no partner)'
            cand -q 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
            cand --quiet 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-color 'Never colour the output (also: `NO_COLOR` set to anything)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'portalctl;customer;edit'= {
            cand --partner 'The customer''s partner (id or name), when a name is used under several partners'
            cand --name 'New name (1-50 characters)'
            cand --email 'New email'
            cand --workflow 'New workflow label ("" removes it)'
            cand --display-name 'Name shown in the customer''s portal'
            cand --logo-url 'Logo shown in the customer''s portal (http or https URL)'
            cand --primary-color 'Portal colour, #rrggbb'
            cand --support-email 'Where the customer''s users ask for help'
            cand --db 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]'
            cand --config 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]'
            cand -o 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]'
            cand --output 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]'
            cand --actor 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]'
            cand --direct 'The customer is a direct customer (no partner)'
            cand -q 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
            cand --quiet 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-color 'Never colour the output (also: `NO_COLOR` set to anything)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'portalctl;customer;activate'= {
            cand --partner 'The customer''s partner (id or name), when a name is used under several partners'
            cand --db 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]'
            cand --config 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]'
            cand -o 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]'
            cand --output 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]'
            cand --actor 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]'
            cand --direct 'The customer is a direct customer (no partner)'
            cand -q 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
            cand --quiet 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-color 'Never colour the output (also: `NO_COLOR` set to anything)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'portalctl;customer;deactivate'= {
            cand --partner 'The customer''s partner (id or name), when a name is used under several partners'
            cand --db 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]'
            cand --config 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]'
            cand -o 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]'
            cand --output 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]'
            cand --actor 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]'
            cand --direct 'The customer is a direct customer (no partner)'
            cand -q 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
            cand --quiet 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-color 'Never colour the output (also: `NO_COLOR` set to anything)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'portalctl;customer;view'= {
            cand --partner 'The customer''s partner (id or name), when a name is used under several partners'
            cand --reason 'Why you look, recorded in the audit log'
            cand --db 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]'
            cand --config 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]'
            cand -o 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]'
            cand --output 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]'
            cand --actor 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]'
            cand --direct 'The customer is a direct customer (no partner)'
            cand -q 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
            cand --quiet 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-color 'Never colour the output (also: `NO_COLOR` set to anything)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'portalctl;customer;delete'= {
            cand --partner 'The customer''s partner (id or name), when a name is used under several partners'
            cand --db 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]'
            cand --config 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]'
            cand -o 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]'
            cand --output 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]'
            cand --actor 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]'
            cand --direct 'The customer is a direct customer (no partner)'
            cand -q 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
            cand --quiet 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-color 'Never colour the output (also: `NO_COLOR` set to anything)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'portalctl;customer;rm'= {
            cand --partner 'The customer''s partner (id or name), when a name is used under several partners'
            cand --db 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]'
            cand --config 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]'
            cand -o 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]'
            cand --output 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]'
            cand --actor 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]'
            cand --direct 'The customer is a direct customer (no partner)'
            cand -q 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
            cand --quiet 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-color 'Never colour the output (also: `NO_COLOR` set to anything)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'portalctl;customer;help'= {
            cand create 'Create a customer under a partner, or a direct customer'
            cand list 'List customers, by name; filters combine with AND'
            cand show 'Show one customer'
            cand edit 'Change a customer''s name, email, workflow or branding (the partner is fixed)'
            cand activate 'Reactivate customers: portal access and data transfers resume'
            cand deactivate 'Deactivate customers: no portal access and no data transfers; data is kept'
            cand view 'See the account as its end customer does (the portal''s "log in as"); audited'
            cand delete 'Delete customers with all their sites and probes (asks first)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'portalctl;customer;help;create'= {
        }
        &'portalctl;customer;help;list'= {
        }
        &'portalctl;customer;help;show'= {
        }
        &'portalctl;customer;help;edit'= {
        }
        &'portalctl;customer;help;activate'= {
        }
        &'portalctl;customer;help;deactivate'= {
        }
        &'portalctl;customer;help;view'= {
        }
        &'portalctl;customer;help;delete'= {
        }
        &'portalctl;customer;help;help'= {
        }
        &'portalctl;site'= {
            cand --db 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]'
            cand --config 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]'
            cand -o 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]'
            cand --output 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]'
            cand --actor 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]'
            cand -q 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
            cand --quiet 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-color 'Never colour the output (also: `NO_COLOR` set to anything)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand create 'Create a site of a customer'
            cand list 'List sites, by customer then name'
            cand ls 'List sites, by customer then name'
            cand show 'Show one site'
            cand edit 'Change a site''s name or address'
            cand delete 'Delete sites with their probes (asks first)'
            cand rm 'Delete sites with their probes (asks first)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'portalctl;site;create'= {
            cand --customer 'The customer (id or name)'
            cand --partner 'The customer''s partner (id or name), when the customer name is ambiguous'
            cand --address 'Postal address'
            cand --db 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]'
            cand --config 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]'
            cand -o 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]'
            cand --output 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]'
            cand --actor 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]'
            cand -q 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
            cand --quiet 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-color 'Never colour the output (also: `NO_COLOR` set to anything)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'portalctl;site;list'= {
            cand --customer 'Only sites of this customer (id or name)'
            cand --partner 'Only sites of this partner''s customers (id or name)'
            cand --portal 'Only sites whose portal is enabled or disabled'
            cand --name 'Name contains this text (case-insensitive)'
            cand --sort 'Sort by this field (the command''s description says the default order)'
            cand --limit 'Show at most N rows'
            cand --offset 'Skip the first N rows'
            cand --db 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]'
            cand --config 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]'
            cand -o 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]'
            cand --output 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]'
            cand --actor 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]'
            cand --desc 'Sort in descending order (Z, newest, highest first)'
            cand -q 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
            cand --quiet 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-color 'Never colour the output (also: `NO_COLOR` set to anything)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'portalctl;site;ls'= {
            cand --customer 'Only sites of this customer (id or name)'
            cand --partner 'Only sites of this partner''s customers (id or name)'
            cand --portal 'Only sites whose portal is enabled or disabled'
            cand --name 'Name contains this text (case-insensitive)'
            cand --sort 'Sort by this field (the command''s description says the default order)'
            cand --limit 'Show at most N rows'
            cand --offset 'Skip the first N rows'
            cand --db 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]'
            cand --config 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]'
            cand -o 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]'
            cand --output 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]'
            cand --actor 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]'
            cand --desc 'Sort in descending order (Z, newest, highest first)'
            cand -q 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
            cand --quiet 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-color 'Never colour the output (also: `NO_COLOR` set to anything)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'portalctl;site;show'= {
            cand --customer 'The customer (id or name), when the name or email is used by several customers'
            cand --partner 'The customer''s partner (id or name), when the customer name is ambiguous'
            cand --db 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]'
            cand --config 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]'
            cand -o 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]'
            cand --output 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]'
            cand --actor 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]'
            cand -q 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
            cand --quiet 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-color 'Never colour the output (also: `NO_COLOR` set to anything)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'portalctl;site;edit'= {
            cand --customer 'The customer (id or name), when the name or email is used by several customers'
            cand --partner 'The customer''s partner (id or name), when the customer name is ambiguous'
            cand --name 'New name'
            cand --address 'New address ("" removes it)'
            cand --db 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]'
            cand --config 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]'
            cand -o 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]'
            cand --output 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]'
            cand --actor 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]'
            cand -q 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
            cand --quiet 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-color 'Never colour the output (also: `NO_COLOR` set to anything)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'portalctl;site;delete'= {
            cand --customer 'The customer (id or name), when the name or email is used by several customers'
            cand --partner 'The customer''s partner (id or name), when the customer name is ambiguous'
            cand --db 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]'
            cand --config 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]'
            cand -o 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]'
            cand --output 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]'
            cand --actor 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]'
            cand -q 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
            cand --quiet 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-color 'Never colour the output (also: `NO_COLOR` set to anything)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'portalctl;site;rm'= {
            cand --customer 'The customer (id or name), when the name or email is used by several customers'
            cand --partner 'The customer''s partner (id or name), when the customer name is ambiguous'
            cand --db 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]'
            cand --config 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]'
            cand -o 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]'
            cand --output 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]'
            cand --actor 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]'
            cand -q 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
            cand --quiet 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-color 'Never colour the output (also: `NO_COLOR` set to anything)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'portalctl;site;help'= {
            cand create 'Create a site of a customer'
            cand list 'List sites, by customer then name'
            cand show 'Show one site'
            cand edit 'Change a site''s name or address'
            cand delete 'Delete sites with their probes (asks first)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'portalctl;site;help;create'= {
        }
        &'portalctl;site;help;list'= {
        }
        &'portalctl;site;help;show'= {
        }
        &'portalctl;site;help;edit'= {
        }
        &'portalctl;site;help;delete'= {
        }
        &'portalctl;site;help;help'= {
        }
        &'portalctl;probe'= {
            cand --db 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]'
            cand --config 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]'
            cand -o 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]'
            cand --output 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]'
            cand --actor 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]'
            cand -q 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
            cand --quiet 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-color 'Never colour the output (also: `NO_COLOR` set to anything)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand create 'Create a probe and print its installation token once'
            cand list 'List probes, by customer and site (unassigned ones first), then name'
            cand ls 'List probes, by customer and site (unassigned ones first), then name'
            cand show 'Show one probe (never its token)'
            cand edit 'Change a probe''s name or serial'
            cand assign 'Install a probe at a site'
            cand unassign 'Take a probe off its site'
            cand delete 'Delete probes (asks first)'
            cand rm 'Delete probes (asks first)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'portalctl;probe;create'= {
            cand --site 'The site (id or name) to install the probe at; without it the probe is unassigned'
            cand --customer 'The site''s customer (id or name), when the site name is used by several customers'
            cand --serial 'Serial number, unique across all probes'
            cand --db 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]'
            cand --config 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]'
            cand -o 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]'
            cand --output 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]'
            cand --actor 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]'
            cand -q 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
            cand --quiet 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-color 'Never colour the output (also: `NO_COLOR` set to anything)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'portalctl;probe;list'= {
            cand --site 'Only probes at this site (id or name)'
            cand --customer 'Only probes at this customer''s sites (id or name)'
            cand --name 'Name contains this text (case-insensitive)'
            cand --sort 'Sort by this field (the command''s description says the default order)'
            cand --limit 'Show at most N rows'
            cand --offset 'Skip the first N rows'
            cand --db 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]'
            cand --config 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]'
            cand -o 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]'
            cand --output 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]'
            cand --actor 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]'
            cand --unassigned 'Only probes not assigned to any site'
            cand --desc 'Sort in descending order (Z, newest, highest first)'
            cand -q 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
            cand --quiet 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-color 'Never colour the output (also: `NO_COLOR` set to anything)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'portalctl;probe;ls'= {
            cand --site 'Only probes at this site (id or name)'
            cand --customer 'Only probes at this customer''s sites (id or name)'
            cand --name 'Name contains this text (case-insensitive)'
            cand --sort 'Sort by this field (the command''s description says the default order)'
            cand --limit 'Show at most N rows'
            cand --offset 'Skip the first N rows'
            cand --db 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]'
            cand --config 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]'
            cand -o 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]'
            cand --output 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]'
            cand --actor 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]'
            cand --unassigned 'Only probes not assigned to any site'
            cand --desc 'Sort in descending order (Z, newest, highest first)'
            cand -q 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
            cand --quiet 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-color 'Never colour the output (also: `NO_COLOR` set to anything)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'portalctl;probe;show'= {
            cand --site 'The probe''s site (id or name), when a probe name is used at several sites'
            cand --customer 'The site''s customer (id or name), when the site name is ambiguous'
            cand --db 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]'
            cand --config 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]'
            cand -o 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]'
            cand --output 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]'
            cand --actor 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]'
            cand -q 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
            cand --quiet 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-color 'Never colour the output (also: `NO_COLOR` set to anything)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'portalctl;probe;edit'= {
            cand --site 'The probe''s site (id or name), when a probe name is used at several sites'
            cand --customer 'The site''s customer (id or name), when the site name is ambiguous'
            cand --name 'New name'
            cand --serial 'New serial ("" removes it)'
            cand --db 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]'
            cand --config 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]'
            cand -o 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]'
            cand --output 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]'
            cand --actor 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]'
            cand -q 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
            cand --quiet 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-color 'Never colour the output (also: `NO_COLOR` set to anything)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'portalctl;probe;assign'= {
            cand --site 'The site to assign it to (id or name)'
            cand --customer 'The site''s customer (id or name), when the site name is ambiguous'
            cand --db 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]'
            cand --config 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]'
            cand -o 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]'
            cand --output 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]'
            cand --actor 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]'
            cand -q 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
            cand --quiet 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-color 'Never colour the output (also: `NO_COLOR` set to anything)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'portalctl;probe;unassign'= {
            cand --site 'The probe''s site (id or name), when a probe name is used at several sites'
            cand --customer 'The site''s customer (id or name), when the site name is ambiguous'
            cand --db 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]'
            cand --config 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]'
            cand -o 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]'
            cand --output 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]'
            cand --actor 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]'
            cand -q 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
            cand --quiet 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-color 'Never colour the output (also: `NO_COLOR` set to anything)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'portalctl;probe;delete'= {
            cand --site 'The probe''s site (id or name), when a probe name is used at several sites'
            cand --customer 'The site''s customer (id or name), when the site name is ambiguous'
            cand --db 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]'
            cand --config 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]'
            cand -o 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]'
            cand --output 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]'
            cand --actor 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]'
            cand -q 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
            cand --quiet 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-color 'Never colour the output (also: `NO_COLOR` set to anything)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'portalctl;probe;rm'= {
            cand --site 'The probe''s site (id or name), when a probe name is used at several sites'
            cand --customer 'The site''s customer (id or name), when the site name is ambiguous'
            cand --db 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]'
            cand --config 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]'
            cand -o 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]'
            cand --output 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]'
            cand --actor 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]'
            cand -q 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
            cand --quiet 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-color 'Never colour the output (also: `NO_COLOR` set to anything)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'portalctl;probe;help'= {
            cand create 'Create a probe and print its installation token once'
            cand list 'List probes, by customer and site (unassigned ones first), then name'
            cand show 'Show one probe (never its token)'
            cand edit 'Change a probe''s name or serial'
            cand assign 'Install a probe at a site'
            cand unassign 'Take a probe off its site'
            cand delete 'Delete probes (asks first)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'portalctl;probe;help;create'= {
        }
        &'portalctl;probe;help;list'= {
        }
        &'portalctl;probe;help;show'= {
        }
        &'portalctl;probe;help;edit'= {
        }
        &'portalctl;probe;help;assign'= {
        }
        &'portalctl;probe;help;unassign'= {
        }
        &'portalctl;probe;help;delete'= {
        }
        &'portalctl;probe;help;help'= {
        }
        &'portalctl;contact'= {
            cand --db 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]'
            cand --config 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]'
            cand -o 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]'
            cand --output 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]'
            cand --actor 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]'
            cand -q 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
            cand --quiet 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-color 'Never colour the output (also: `NO_COLOR` set to anything)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand create 'Add a contact to a customer account (with --login: print a generated password once)'
            cand list 'List the contacts and guests of a customer account, by customer, contacts first, then email'
            cand ls 'List the contacts and guests of a customer account, by customer, contacts first, then email'
            cand show 'Show one contact or guest (never its password)'
            cand edit 'Change a contact''s details, permissions or login'
            cand activate 'Reactivate contacts or guests'
            cand deactivate 'Deactivate contacts or guests: they cannot log in, their data is kept'
            cand delete 'Delete contacts or guests (asks first)'
            cand rm 'Delete contacts or guests (asks first)'
            cand access 'The access list: every customer account an email may use, and as what'
            cand password 'Issue a new generated password, printed once; the old one stops working at once'
            cand login 'Check a login: reads the password from standard input; exit 0 listing the accounts it opens, or 6 when refused'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'portalctl;contact;create'= {
            cand --customer 'The customer (id or name)'
            cand --partner 'The customer''s partner (id or name), when the customer name is ambiguous'
            cand --email 'Email; used once per customer, compared case-insensitively'
            cand --name 'Full name'
            cand --phone 'Phone number'
            cand --contact-type 'A free label: technical, billing, webmaster ...'
            cand --permission 'A permission (repeat, or separate with commas); admin implies all'
            cand --db 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]'
            cand --config 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]'
            cand -o 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]'
            cand --output 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]'
            cand --actor 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]'
            cand --login 'Let the contact log in with the email; prints a generated password once'
            cand -q 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
            cand --quiet 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-color 'Never colour the output (also: `NO_COLOR` set to anything)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'portalctl;contact;list'= {
            cand --customer 'Only users of this customer (id or name)'
            cand --partner 'The customer''s partner (id or name), when the customer name is ambiguous'
            cand --status 'Only active or only inactive users'
            cand --permission 'Only holders of this permission (admins hold every one)'
            cand --kind 'Only contacts or only guests'
            cand --name 'Name contains this text (case-insensitive; a user without a name never matches)'
            cand --sort 'Sort by this field (the command''s description says the default order)'
            cand --limit 'Show at most N rows'
            cand --offset 'Skip the first N rows'
            cand --db 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]'
            cand --config 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]'
            cand -o 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]'
            cand --output 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]'
            cand --actor 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]'
            cand --desc 'Sort in descending order (Z, newest, highest first)'
            cand -q 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
            cand --quiet 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-color 'Never colour the output (also: `NO_COLOR` set to anything)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'portalctl;contact;ls'= {
            cand --customer 'Only users of this customer (id or name)'
            cand --partner 'The customer''s partner (id or name), when the customer name is ambiguous'
            cand --status 'Only active or only inactive users'
            cand --permission 'Only holders of this permission (admins hold every one)'
            cand --kind 'Only contacts or only guests'
            cand --name 'Name contains this text (case-insensitive; a user without a name never matches)'
            cand --sort 'Sort by this field (the command''s description says the default order)'
            cand --limit 'Show at most N rows'
            cand --offset 'Skip the first N rows'
            cand --db 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]'
            cand --config 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]'
            cand -o 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]'
            cand --output 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]'
            cand --actor 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]'
            cand --desc 'Sort in descending order (Z, newest, highest first)'
            cand -q 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
            cand --quiet 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-color 'Never colour the output (also: `NO_COLOR` set to anything)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'portalctl;contact;show'= {
            cand --customer 'The customer (id or name), when the name or email is used by several customers'
            cand --partner 'The customer''s partner (id or name), when the customer name is ambiguous'
            cand --db 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]'
            cand --config 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]'
            cand -o 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]'
            cand --output 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]'
            cand --actor 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]'
            cand -q 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
            cand --quiet 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-color 'Never colour the output (also: `NO_COLOR` set to anything)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'portalctl;contact;edit'= {
            cand --customer 'The customer (id or name), when the name or email is used by several customers'
            cand --partner 'The customer''s partner (id or name), when the customer name is ambiguous'
            cand --email 'New email'
            cand --name 'New name ("" removes it)'
            cand --phone 'New phone ("" removes it)'
            cand --contact-type 'New type label ("" removes it)'
            cand --permission 'Replace the permissions with these (repeat, or separate with commas)'
            cand --add-permission 'Add permissions'
            cand --remove-permission 'Remove permissions'
            cand --db 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]'
            cand --config 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]'
            cand -o 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]'
            cand --output 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]'
            cand --actor 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]'
            cand --login 'Turn the login on (prints a generated password once)'
            cand --no-login 'Turn the login off (the password is removed)'
            cand -q 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
            cand --quiet 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-color 'Never colour the output (also: `NO_COLOR` set to anything)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'portalctl;contact;activate'= {
            cand --customer 'The customer (id or name), when the name or email is used by several customers'
            cand --partner 'The customer''s partner (id or name), when the customer name is ambiguous'
            cand --db 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]'
            cand --config 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]'
            cand -o 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]'
            cand --output 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]'
            cand --actor 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]'
            cand -q 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
            cand --quiet 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-color 'Never colour the output (also: `NO_COLOR` set to anything)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'portalctl;contact;deactivate'= {
            cand --customer 'The customer (id or name), when the name or email is used by several customers'
            cand --partner 'The customer''s partner (id or name), when the customer name is ambiguous'
            cand --db 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]'
            cand --config 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]'
            cand -o 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]'
            cand --output 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]'
            cand --actor 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]'
            cand -q 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
            cand --quiet 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-color 'Never colour the output (also: `NO_COLOR` set to anything)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'portalctl;contact;delete'= {
            cand --customer 'The customer (id or name), when the name or email is used by several customers'
            cand --partner 'The customer''s partner (id or name), when the customer name is ambiguous'
            cand --db 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]'
            cand --config 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]'
            cand -o 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]'
            cand --output 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]'
            cand --actor 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]'
            cand -q 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
            cand --quiet 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-color 'Never colour the output (also: `NO_COLOR` set to anything)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'portalctl;contact;rm'= {
            cand --customer 'The customer (id or name), when the name or email is used by several customers'
            cand --partner 'The customer''s partner (id or name), when the customer name is ambiguous'
            cand --db 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]'
            cand --config 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]'
            cand -o 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]'
            cand --output 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]'
            cand --actor 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]'
            cand -q 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
            cand --quiet 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-color 'Never colour the output (also: `NO_COLOR` set to anything)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'portalctl;contact;access'= {
            cand --db 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]'
            cand --config 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]'
            cand -o 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]'
            cand --output 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]'
            cand --actor 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]'
            cand -q 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
            cand --quiet 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-color 'Never colour the output (also: `NO_COLOR` set to anything)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'portalctl;contact;password'= {
            cand --customer 'The customer (id or name), when the name or email is used by several customers'
            cand --partner 'The customer''s partner (id or name), when the customer name is ambiguous'
            cand --db 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]'
            cand --config 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]'
            cand -o 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]'
            cand --output 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]'
            cand --actor 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]'
            cand -q 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
            cand --quiet 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-color 'Never colour the output (also: `NO_COLOR` set to anything)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'portalctl;contact;login'= {
            cand --customer 'Only log in to this customer''s account (id or name)'
            cand --partner 'The customer''s partner (id or name), when the customer name is ambiguous'
            cand --db 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]'
            cand --config 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]'
            cand -o 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]'
            cand --output 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]'
            cand --actor 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]'
            cand -q 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
            cand --quiet 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-color 'Never colour the output (also: `NO_COLOR` set to anything)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'portalctl;contact;help'= {
            cand create 'Add a contact to a customer account (with --login: print a generated password once)'
            cand list 'List the contacts and guests of a customer account, by customer, contacts first, then email'
            cand show 'Show one contact or guest (never its password)'
            cand edit 'Change a contact''s details, permissions or login'
            cand activate 'Reactivate contacts or guests'
            cand deactivate 'Deactivate contacts or guests: they cannot log in, their data is kept'
            cand delete 'Delete contacts or guests (asks first)'
            cand access 'The access list: every customer account an email may use, and as what'
            cand password 'Issue a new generated password, printed once; the old one stops working at once'
            cand login 'Check a login: reads the password from standard input; exit 0 listing the accounts it opens, or 6 when refused'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'portalctl;contact;help;create'= {
        }
        &'portalctl;contact;help;list'= {
        }
        &'portalctl;contact;help;show'= {
        }
        &'portalctl;contact;help;edit'= {
        }
        &'portalctl;contact;help;activate'= {
        }
        &'portalctl;contact;help;deactivate'= {
        }
        &'portalctl;contact;help;delete'= {
        }
        &'portalctl;contact;help;access'= {
        }
        &'portalctl;contact;help;password'= {
        }
        &'portalctl;contact;help;login'= {
        }
        &'portalctl;contact;help;help'= {
        }
        &'portalctl;invite'= {
            cand --db 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]'
            cand --config 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]'
            cand -o 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]'
            cand --output 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]'
            cand --actor 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]'
            cand -q 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
            cand --quiet 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-color 'Never colour the output (also: `NO_COLOR` set to anything)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand create 'Invite an email registered elsewhere into a customer account; prints the invitation token once (with --send: the message that carries it)'
            cand list 'List invitations, newest first'
            cand ls 'List invitations, newest first'
            cand show 'Show one invitation (never its token)'
            cand send 'Record that you delivered the token `create` printed (pending -> sent)'
            cand accept 'Accept an invitation: its email becomes an active guest of the customer'
            cand decline 'Decline an invitation'
            cand revoke 'Revoke an open invitation; its token stops working'
            cand resend 'Make a new token (the old one dies at once), renew the expiry and compose the message again (printed, or piped to `mail_command`)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'portalctl;invite;create'= {
            cand --customer 'The customer (id or name)'
            cand --partner 'The customer''s partner (id or name), when the customer name is ambiguous'
            cand --email 'The guest''s email'
            cand --permission 'A permission for the guest (repeat, or separate with commas)'
            cand --expires 'How long the invitation stays open'
            cand --db 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]'
            cand --config 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]'
            cand -o 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]'
            cand --output 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]'
            cand --actor 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]'
            cand --send 'Compose the invitation message now: print it, or pipe it to the config''s `mail_command`; marks the invitation sent'
            cand -q 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
            cand --quiet 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-color 'Never colour the output (also: `NO_COLOR` set to anything)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'portalctl;invite;list'= {
            cand --customer 'Only invitations to this customer (id or name)'
            cand --partner 'The customer''s partner (id or name), when the customer name is ambiguous'
            cand --status 'Only invitations in this state'
            cand --email 'Only invitations of this email'
            cand --sort 'Sort by this field (the command''s description says the default order)'
            cand --limit 'Show at most N rows'
            cand --offset 'Skip the first N rows'
            cand --db 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]'
            cand --config 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]'
            cand -o 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]'
            cand --output 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]'
            cand --actor 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]'
            cand --desc 'Sort in descending order (Z, newest, highest first)'
            cand -q 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
            cand --quiet 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-color 'Never colour the output (also: `NO_COLOR` set to anything)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'portalctl;invite;ls'= {
            cand --customer 'Only invitations to this customer (id or name)'
            cand --partner 'The customer''s partner (id or name), when the customer name is ambiguous'
            cand --status 'Only invitations in this state'
            cand --email 'Only invitations of this email'
            cand --sort 'Sort by this field (the command''s description says the default order)'
            cand --limit 'Show at most N rows'
            cand --offset 'Skip the first N rows'
            cand --db 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]'
            cand --config 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]'
            cand -o 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]'
            cand --output 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]'
            cand --actor 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]'
            cand --desc 'Sort in descending order (Z, newest, highest first)'
            cand -q 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
            cand --quiet 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-color 'Never colour the output (also: `NO_COLOR` set to anything)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'portalctl;invite;show'= {
            cand --db 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]'
            cand --config 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]'
            cand -o 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]'
            cand --output 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]'
            cand --actor 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]'
            cand -q 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
            cand --quiet 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-color 'Never colour the output (also: `NO_COLOR` set to anything)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'portalctl;invite;send'= {
            cand --db 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]'
            cand --config 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]'
            cand -o 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]'
            cand --output 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]'
            cand --actor 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]'
            cand -q 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
            cand --quiet 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-color 'Never colour the output (also: `NO_COLOR` set to anything)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'portalctl;invite;accept'= {
            cand --db 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]'
            cand --config 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]'
            cand -o 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]'
            cand --output 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]'
            cand --actor 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]'
            cand -q 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
            cand --quiet 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-color 'Never colour the output (also: `NO_COLOR` set to anything)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'portalctl;invite;decline'= {
            cand --db 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]'
            cand --config 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]'
            cand -o 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]'
            cand --output 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]'
            cand --actor 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]'
            cand -q 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
            cand --quiet 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-color 'Never colour the output (also: `NO_COLOR` set to anything)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'portalctl;invite;revoke'= {
            cand --db 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]'
            cand --config 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]'
            cand -o 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]'
            cand --output 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]'
            cand --actor 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]'
            cand -q 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
            cand --quiet 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-color 'Never colour the output (also: `NO_COLOR` set to anything)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'portalctl;invite;resend'= {
            cand --expires 'How long the renewed invitation stays open'
            cand --db 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]'
            cand --config 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]'
            cand -o 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]'
            cand --output 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]'
            cand --actor 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]'
            cand -q 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
            cand --quiet 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-color 'Never colour the output (also: `NO_COLOR` set to anything)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'portalctl;invite;help'= {
            cand create 'Invite an email registered elsewhere into a customer account; prints the invitation token once (with --send: the message that carries it)'
            cand list 'List invitations, newest first'
            cand show 'Show one invitation (never its token)'
            cand send 'Record that you delivered the token `create` printed (pending -> sent)'
            cand accept 'Accept an invitation: its email becomes an active guest of the customer'
            cand decline 'Decline an invitation'
            cand revoke 'Revoke an open invitation; its token stops working'
            cand resend 'Make a new token (the old one dies at once), renew the expiry and compose the message again (printed, or piped to `mail_command`)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'portalctl;invite;help;create'= {
        }
        &'portalctl;invite;help;list'= {
        }
        &'portalctl;invite;help;show'= {
        }
        &'portalctl;invite;help;send'= {
        }
        &'portalctl;invite;help;accept'= {
        }
        &'portalctl;invite;help;decline'= {
        }
        &'portalctl;invite;help;revoke'= {
        }
        &'portalctl;invite;help;resend'= {
        }
        &'portalctl;invite;help;help'= {
        }
        &'portalctl;portal'= {
            cand --db 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]'
            cand --config 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]'
            cand -o 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]'
            cand --output 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]'
            cand --actor 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]'
            cand -q 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
            cand --quiet 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-color 'Never colour the output (also: `NO_COLOR` set to anything)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand enable 'Turn a portal on; makes an authorization code (printed once, with the portal link) when none is in force'
            cand disable 'Turn a portal off: the code is revoked and stops working at once'
            cand status 'Whether a portal is on, at installation level, and has a code in force (never the code)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'portalctl;portal;enable'= {
            cand --customer 'The customer (id or name); with --site, the site''s customer'
            cand --partner 'The customer''s partner (id or name), when the customer name is ambiguous'
            cand --site 'The site (id or name)'
            cand --db 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]'
            cand --config 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]'
            cand -o 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]'
            cand --output 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]'
            cand --actor 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]'
            cand --installation-level 'Site portals only: logins also need the installation token of a probe at the site'
            cand --no-installation-level 'Site portals only: the code alone lets people in'
            cand -q 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
            cand --quiet 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-color 'Never colour the output (also: `NO_COLOR` set to anything)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'portalctl;portal;disable'= {
            cand --customer 'The customer (id or name); with --site, the site''s customer'
            cand --partner 'The customer''s partner (id or name), when the customer name is ambiguous'
            cand --site 'The site (id or name)'
            cand --db 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]'
            cand --config 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]'
            cand -o 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]'
            cand --output 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]'
            cand --actor 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]'
            cand -q 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
            cand --quiet 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-color 'Never colour the output (also: `NO_COLOR` set to anything)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'portalctl;portal;status'= {
            cand --customer 'The customer (id or name); with --site, the site''s customer'
            cand --partner 'The customer''s partner (id or name), when the customer name is ambiguous'
            cand --site 'The site (id or name)'
            cand --db 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]'
            cand --config 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]'
            cand -o 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]'
            cand --output 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]'
            cand --actor 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]'
            cand -q 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
            cand --quiet 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-color 'Never colour the output (also: `NO_COLOR` set to anything)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'portalctl;portal;help'= {
            cand enable 'Turn a portal on; makes an authorization code (printed once, with the portal link) when none is in force'
            cand disable 'Turn a portal off: the code is revoked and stops working at once'
            cand status 'Whether a portal is on, at installation level, and has a code in force (never the code)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'portalctl;portal;help;enable'= {
        }
        &'portalctl;portal;help;disable'= {
        }
        &'portalctl;portal;help;status'= {
        }
        &'portalctl;portal;help;help'= {
        }
        &'portalctl;authcode'= {
            cand --db 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]'
            cand --config 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]'
            cand -o 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]'
            cand --output 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]'
            cand --actor 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]'
            cand -q 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
            cand --quiet 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-color 'Never colour the output (also: `NO_COLOR` set to anything)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand show 'Whether a code or token is in force, when it was issued and its last four characters'
            cand regenerate 'Make a new code (with --probe: a new installation token), printed once; the old one is dead from that moment'
            cand verify 'Check a code (and an installation token): exit 0 with the scope it opens, or 6'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'portalctl;authcode;show'= {
            cand --customer 'The customer (id or name); with --site, the site''s customer'
            cand --partner 'The customer''s partner (id or name), when the customer name is ambiguous'
            cand --site 'The site (id or name); with --probe, the probe''s site'
            cand --probe 'The probe (id or name): its installation token'
            cand --db 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]'
            cand --config 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]'
            cand -o 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]'
            cand --output 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]'
            cand --actor 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]'
            cand -q 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
            cand --quiet 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-color 'Never colour the output (also: `NO_COLOR` set to anything)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'portalctl;authcode;regenerate'= {
            cand --customer 'The customer (id or name); with --site, the site''s customer'
            cand --partner 'The customer''s partner (id or name), when the customer name is ambiguous'
            cand --site 'The site (id or name); with --probe, the probe''s site'
            cand --probe 'The probe (id or name): its installation token'
            cand --db 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]'
            cand --config 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]'
            cand -o 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]'
            cand --output 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]'
            cand --actor 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]'
            cand -q 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
            cand --quiet 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-color 'Never colour the output (also: `NO_COLOR` set to anything)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'portalctl;authcode;verify'= {
            cand --token 'An installation token of a probe at the site (needed at installation level), or -'
            cand --db 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]'
            cand --config 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]'
            cand -o 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]'
            cand --output 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]'
            cand --actor 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]'
            cand --explain 'Say why a code is refused'
            cand -q 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
            cand --quiet 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-color 'Never colour the output (also: `NO_COLOR` set to anything)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'portalctl;authcode;help'= {
            cand show 'Whether a code or token is in force, when it was issued and its last four characters'
            cand regenerate 'Make a new code (with --probe: a new installation token), printed once; the old one is dead from that moment'
            cand verify 'Check a code (and an installation token): exit 0 with the scope it opens, or 6'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'portalctl;authcode;help;show'= {
        }
        &'portalctl;authcode;help;regenerate'= {
        }
        &'portalctl;authcode;help;verify'= {
        }
        &'portalctl;authcode;help;help'= {
        }
        &'portalctl;apply'= {
            cand -f 'The tree file (TOML), or - for standard input'
            cand --file 'The tree file (TOML), or - for standard input'
            cand --db 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]'
            cand --config 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]'
            cand -o 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]'
            cand --output 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]'
            cand --actor 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]'
            cand --dry-run 'Print the plan and change nothing'
            cand --prune 'Also delete what lies under the file''s partners and customers but is not in the file (asks first)'
            cand -q 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
            cand --quiet 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-color 'Never colour the output (also: `NO_COLOR` set to anything)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'portalctl;export'= {
            cand --partner 'Only this partner and its customers (id or name); with --customer, the customer''s partner, when the customer name is used under several partners'
            cand --customer 'Only this customer (id or name), under its partner'
            cand --db 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]'
            cand --config 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]'
            cand -o 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]'
            cand --output 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]'
            cand --actor 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]'
            cand --direct 'With --customer: the customer is a direct customer (no partner)'
            cand -q 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
            cand --quiet 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-color 'Never colour the output (also: `NO_COLOR` set to anything)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'portalctl;log'= {
            cand --entity 'Only this kind of entity (partner, customer, site, probe, contact, guest, invitation, apply), or one entity as KIND:ID'
            cand --actor 'Only changes made in the name of this actor (only when given here: the global --actor and `PORTALCTL_ACTOR` never filter the log)'
            cand --user 'Only changes by this authenticated user (the OS user, or the database role)'
            cand --action 'Only this action'
            cand --since 'Only changes since a time: RFC 3339, a date (2026-01-31), or an age (90m, 12h, 7d)'
            cand --until 'Only changes until a time (inclusive): RFC 3339, a date, or an age'
            cand --limit 'Show at most N entries'
            cand --offset 'Skip the first N entries (newest first)'
            cand --db 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]'
            cand --config 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]'
            cand -o 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]'
            cand --output 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]'
            cand -q 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
            cand --quiet 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-color 'Never colour the output (also: `NO_COLOR` set to anything)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'portalctl;db'= {
            cand --db 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]'
            cand --config 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]'
            cand -o 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]'
            cand --output 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]'
            cand --actor 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]'
            cand -q 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
            cand --quiet 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-color 'Never colour the output (also: `NO_COLOR` set to anything)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand path 'Print the store''s path'
            cand check 'Check the store''s integrity and foreign keys (exit 1 with the findings when not clean)'
            cand backup 'Copy the store to FILE (a SQLite file, whichever backend), consistently, even while others write (the copy is 0600)'
            cand migrate 'Apply pending schema migrations (opening the store does this too)'
            cand copy 'Copy the whole store (hashes, audit and ids included) into an empty store at TARGET'
            cand grants 'Print the SQL that sets up the PostgreSQL group roles (safe to run twice)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'portalctl;db;path'= {
            cand --db 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]'
            cand --config 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]'
            cand -o 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]'
            cand --output 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]'
            cand --actor 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]'
            cand -q 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
            cand --quiet 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-color 'Never colour the output (also: `NO_COLOR` set to anything)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'portalctl;db;check'= {
            cand --db 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]'
            cand --config 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]'
            cand -o 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]'
            cand --output 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]'
            cand --actor 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]'
            cand -q 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
            cand --quiet 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-color 'Never colour the output (also: `NO_COLOR` set to anything)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'portalctl;db;backup'= {
            cand --db 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]'
            cand --config 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]'
            cand -o 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]'
            cand --output 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]'
            cand --actor 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]'
            cand -q 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
            cand --quiet 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-color 'Never colour the output (also: `NO_COLOR` set to anything)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'portalctl;db;migrate'= {
            cand --db 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]'
            cand --config 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]'
            cand -o 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]'
            cand --output 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]'
            cand --actor 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]'
            cand -q 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
            cand --quiet 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-color 'Never colour the output (also: `NO_COLOR` set to anything)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'portalctl;db;copy'= {
            cand --db 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]'
            cand --config 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]'
            cand -o 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]'
            cand --output 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]'
            cand --actor 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]'
            cand -q 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
            cand --quiet 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-color 'Never colour the output (also: `NO_COLOR` set to anything)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'portalctl;db;grants'= {
            cand --db 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]'
            cand --config 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]'
            cand -o 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]'
            cand --output 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]'
            cand --actor 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]'
            cand -q 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
            cand --quiet 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-color 'Never colour the output (also: `NO_COLOR` set to anything)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'portalctl;db;help'= {
            cand path 'Print the store''s path'
            cand check 'Check the store''s integrity and foreign keys (exit 1 with the findings when not clean)'
            cand backup 'Copy the store to FILE (a SQLite file, whichever backend), consistently, even while others write (the copy is 0600)'
            cand migrate 'Apply pending schema migrations (opening the store does this too)'
            cand copy 'Copy the whole store (hashes, audit and ids included) into an empty store at TARGET'
            cand grants 'Print the SQL that sets up the PostgreSQL group roles (safe to run twice)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'portalctl;db;help;path'= {
        }
        &'portalctl;db;help;check'= {
        }
        &'portalctl;db;help;backup'= {
        }
        &'portalctl;db;help;migrate'= {
        }
        &'portalctl;db;help;copy'= {
        }
        &'portalctl;db;help;grants'= {
        }
        &'portalctl;db;help;help'= {
        }
        &'portalctl;completions'= {
            cand --db 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]'
            cand --config 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]'
            cand -o 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]'
            cand --output 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]'
            cand --actor 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]'
            cand -q 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
            cand --quiet 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-color 'Never colour the output (also: `NO_COLOR` set to anything)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'portalctl;help'= {
            cand partner 'Partners: the resellers whose customers you manage'
            cand customer 'Customers of a partner, or direct customers'
            cand site 'Sites of a customer'
            cand probe 'Probes installed at sites (or not yet assigned)'
            cand contact 'People who may use a customer account: contacts and guests'
            cand invite 'Guest invitations: share a customer account with someone registered elsewhere'
            cand portal 'Customer portals: turn them on (making an authorization code) or off (revoking it)'
            cand authcode 'Authorization codes and installation tokens: show, regenerate, verify'
            cand apply 'Make the store hold what a tree file describes (create, update; with --prune, delete)'
            cand export 'Print the store (or a subtree) as a tree file that `apply` accepts; never a secret'
            cand log 'The audit trail of every change, newest first'
            cand db 'Housekeeping of the store file'
            cand completions 'Print a shell completion script'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'portalctl;help;partner'= {
            cand create 'Create a partner'
            cand list 'List partners, by name'
            cand show 'Show one partner'
            cand edit 'Change a partner''s name, email or portal URL'
            cand delete 'Delete partners with all their customers, sites and probes (asks first)'
        }
        &'portalctl;help;partner;create'= {
        }
        &'portalctl;help;partner;list'= {
        }
        &'portalctl;help;partner;show'= {
        }
        &'portalctl;help;partner;edit'= {
        }
        &'portalctl;help;partner;delete'= {
        }
        &'portalctl;help;customer'= {
            cand create 'Create a customer under a partner, or a direct customer'
            cand list 'List customers, by name; filters combine with AND'
            cand show 'Show one customer'
            cand edit 'Change a customer''s name, email, workflow or branding (the partner is fixed)'
            cand activate 'Reactivate customers: portal access and data transfers resume'
            cand deactivate 'Deactivate customers: no portal access and no data transfers; data is kept'
            cand view 'See the account as its end customer does (the portal''s "log in as"); audited'
            cand delete 'Delete customers with all their sites and probes (asks first)'
        }
        &'portalctl;help;customer;create'= {
        }
        &'portalctl;help;customer;list'= {
        }
        &'portalctl;help;customer;show'= {
        }
        &'portalctl;help;customer;edit'= {
        }
        &'portalctl;help;customer;activate'= {
        }
        &'portalctl;help;customer;deactivate'= {
        }
        &'portalctl;help;customer;view'= {
        }
        &'portalctl;help;customer;delete'= {
        }
        &'portalctl;help;site'= {
            cand create 'Create a site of a customer'
            cand list 'List sites, by customer then name'
            cand show 'Show one site'
            cand edit 'Change a site''s name or address'
            cand delete 'Delete sites with their probes (asks first)'
        }
        &'portalctl;help;site;create'= {
        }
        &'portalctl;help;site;list'= {
        }
        &'portalctl;help;site;show'= {
        }
        &'portalctl;help;site;edit'= {
        }
        &'portalctl;help;site;delete'= {
        }
        &'portalctl;help;probe'= {
            cand create 'Create a probe and print its installation token once'
            cand list 'List probes, by customer and site (unassigned ones first), then name'
            cand show 'Show one probe (never its token)'
            cand edit 'Change a probe''s name or serial'
            cand assign 'Install a probe at a site'
            cand unassign 'Take a probe off its site'
            cand delete 'Delete probes (asks first)'
        }
        &'portalctl;help;probe;create'= {
        }
        &'portalctl;help;probe;list'= {
        }
        &'portalctl;help;probe;show'= {
        }
        &'portalctl;help;probe;edit'= {
        }
        &'portalctl;help;probe;assign'= {
        }
        &'portalctl;help;probe;unassign'= {
        }
        &'portalctl;help;probe;delete'= {
        }
        &'portalctl;help;contact'= {
            cand create 'Add a contact to a customer account (with --login: print a generated password once)'
            cand list 'List the contacts and guests of a customer account, by customer, contacts first, then email'
            cand show 'Show one contact or guest (never its password)'
            cand edit 'Change a contact''s details, permissions or login'
            cand activate 'Reactivate contacts or guests'
            cand deactivate 'Deactivate contacts or guests: they cannot log in, their data is kept'
            cand delete 'Delete contacts or guests (asks first)'
            cand access 'The access list: every customer account an email may use, and as what'
            cand password 'Issue a new generated password, printed once; the old one stops working at once'
            cand login 'Check a login: reads the password from standard input; exit 0 listing the accounts it opens, or 6 when refused'
        }
        &'portalctl;help;contact;create'= {
        }
        &'portalctl;help;contact;list'= {
        }
        &'portalctl;help;contact;show'= {
        }
        &'portalctl;help;contact;edit'= {
        }
        &'portalctl;help;contact;activate'= {
        }
        &'portalctl;help;contact;deactivate'= {
        }
        &'portalctl;help;contact;delete'= {
        }
        &'portalctl;help;contact;access'= {
        }
        &'portalctl;help;contact;password'= {
        }
        &'portalctl;help;contact;login'= {
        }
        &'portalctl;help;invite'= {
            cand create 'Invite an email registered elsewhere into a customer account; prints the invitation token once (with --send: the message that carries it)'
            cand list 'List invitations, newest first'
            cand show 'Show one invitation (never its token)'
            cand send 'Record that you delivered the token `create` printed (pending -> sent)'
            cand accept 'Accept an invitation: its email becomes an active guest of the customer'
            cand decline 'Decline an invitation'
            cand revoke 'Revoke an open invitation; its token stops working'
            cand resend 'Make a new token (the old one dies at once), renew the expiry and compose the message again (printed, or piped to `mail_command`)'
        }
        &'portalctl;help;invite;create'= {
        }
        &'portalctl;help;invite;list'= {
        }
        &'portalctl;help;invite;show'= {
        }
        &'portalctl;help;invite;send'= {
        }
        &'portalctl;help;invite;accept'= {
        }
        &'portalctl;help;invite;decline'= {
        }
        &'portalctl;help;invite;revoke'= {
        }
        &'portalctl;help;invite;resend'= {
        }
        &'portalctl;help;portal'= {
            cand enable 'Turn a portal on; makes an authorization code (printed once, with the portal link) when none is in force'
            cand disable 'Turn a portal off: the code is revoked and stops working at once'
            cand status 'Whether a portal is on, at installation level, and has a code in force (never the code)'
        }
        &'portalctl;help;portal;enable'= {
        }
        &'portalctl;help;portal;disable'= {
        }
        &'portalctl;help;portal;status'= {
        }
        &'portalctl;help;authcode'= {
            cand show 'Whether a code or token is in force, when it was issued and its last four characters'
            cand regenerate 'Make a new code (with --probe: a new installation token), printed once; the old one is dead from that moment'
            cand verify 'Check a code (and an installation token): exit 0 with the scope it opens, or 6'
        }
        &'portalctl;help;authcode;show'= {
        }
        &'portalctl;help;authcode;regenerate'= {
        }
        &'portalctl;help;authcode;verify'= {
        }
        &'portalctl;help;apply'= {
        }
        &'portalctl;help;export'= {
        }
        &'portalctl;help;log'= {
        }
        &'portalctl;help;db'= {
            cand path 'Print the store''s path'
            cand check 'Check the store''s integrity and foreign keys (exit 1 with the findings when not clean)'
            cand backup 'Copy the store to FILE (a SQLite file, whichever backend), consistently, even while others write (the copy is 0600)'
            cand migrate 'Apply pending schema migrations (opening the store does this too)'
            cand copy 'Copy the whole store (hashes, audit and ids included) into an empty store at TARGET'
            cand grants 'Print the SQL that sets up the PostgreSQL group roles (safe to run twice)'
        }
        &'portalctl;help;db;path'= {
        }
        &'portalctl;help;db;check'= {
        }
        &'portalctl;help;db;backup'= {
        }
        &'portalctl;help;db;migrate'= {
        }
        &'portalctl;help;db;copy'= {
        }
        &'portalctl;help;db;grants'= {
        }
        &'portalctl;help;completions'= {
        }
        &'portalctl;help;help'= {
        }
    ]
    $completions[$command]
}
