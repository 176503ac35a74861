
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'portalctl' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'portalctl'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'portalctl' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output (also: `NO_COLOR` set to anything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('partner', 'partner', [CompletionResultType]::ParameterValue, 'Partners: the resellers whose customers you manage')
            [CompletionResult]::new('customer', 'customer', [CompletionResultType]::ParameterValue, 'Customers of a partner, or direct customers')
            [CompletionResult]::new('site', 'site', [CompletionResultType]::ParameterValue, 'Sites of a customer')
            [CompletionResult]::new('probe', 'probe', [CompletionResultType]::ParameterValue, 'Probes installed at sites (or not yet assigned)')
            [CompletionResult]::new('contact', 'contact', [CompletionResultType]::ParameterValue, 'People who may use a customer account: contacts and guests')
            [CompletionResult]::new('invite', 'invite', [CompletionResultType]::ParameterValue, 'Guest invitations: share a customer account with someone registered elsewhere')
            [CompletionResult]::new('portal', 'portal', [CompletionResultType]::ParameterValue, 'Customer portals: turn them on (making an authorization code) or off (revoking it)')
            [CompletionResult]::new('authcode', 'authcode', [CompletionResultType]::ParameterValue, 'Authorization codes and installation tokens: show, regenerate, verify')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Make the store hold what a tree file describes (create, update; with --prune, delete)')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Print the store (or a subtree) as a tree file that `apply` accepts; never a secret')
            [CompletionResult]::new('log', 'log', [CompletionResultType]::ParameterValue, 'The audit trail of every change, newest first')
            [CompletionResult]::new('db', 'db', [CompletionResultType]::ParameterValue, 'Housekeeping of the store file')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'portalctl;partner' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output (also: `NO_COLOR` set to anything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a partner')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List partners, by name')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List partners, by name')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one partner')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a partner''s name, email or portal URL')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete partners with all their customers, sites and probes (asks first)')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Delete partners with all their customers, sites and probes (asks first)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'portalctl;partner;create' {
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'Contact email of the partner')
            [CompletionResult]::new('--portal-url', '--portal-url', [CompletionResultType]::ParameterName, 'The partner''s own branded portal (http or https)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output (also: `NO_COLOR` set to anything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'portalctl;partner;list' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Name contains this text (case-insensitive)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Sort by this field (the command''s description says the default order)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Show at most N rows')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip the first N rows')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]')
            [CompletionResult]::new('--desc', '--desc', [CompletionResultType]::ParameterName, 'Sort in descending order (Z, newest, highest first)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output (also: `NO_COLOR` set to anything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'portalctl;partner;ls' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Name contains this text (case-insensitive)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Sort by this field (the command''s description says the default order)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Show at most N rows')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip the first N rows')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]')
            [CompletionResult]::new('--desc', '--desc', [CompletionResultType]::ParameterName, 'Sort in descending order (Z, newest, highest first)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output (also: `NO_COLOR` set to anything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'portalctl;partner;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output (also: `NO_COLOR` set to anything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'portalctl;partner;edit' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'New name')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'New email')
            [CompletionResult]::new('--portal-url', '--portal-url', [CompletionResultType]::ParameterName, 'New portal URL ("" removes it)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output (also: `NO_COLOR` set to anything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'portalctl;partner;delete' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output (also: `NO_COLOR` set to anything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'portalctl;partner;rm' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output (also: `NO_COLOR` set to anything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'portalctl;partner;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a partner')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List partners, by name')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one partner')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a partner''s name, email or portal URL')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete partners with all their customers, sites and probes (asks first)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'portalctl;partner;help;create' {
            break
        }
        'portalctl;partner;help;list' {
            break
        }
        'portalctl;partner;help;show' {
            break
        }
        'portalctl;partner;help;edit' {
            break
        }
        'portalctl;partner;help;delete' {
            break
        }
        'portalctl;partner;help;help' {
            break
        }
        'portalctl;customer' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output (also: `NO_COLOR` set to anything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a customer under a partner, or a direct customer')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List customers, by name; filters combine with AND')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List customers, by name; filters combine with AND')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one customer')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a customer''s name, email, workflow or branding (the partner is fixed)')
            [CompletionResult]::new('activate', 'activate', [CompletionResultType]::ParameterValue, 'Reactivate customers: portal access and data transfers resume')
            [CompletionResult]::new('deactivate', 'deactivate', [CompletionResultType]::ParameterValue, 'Deactivate customers: no portal access and no data transfers; data is kept')
            [CompletionResult]::new('view', 'view', [CompletionResultType]::ParameterValue, 'See the account as its end customer does (the portal''s "log in as"); audited')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete customers with all their sites and probes (asks first)')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Delete customers with all their sites and probes (asks first)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'portalctl;customer;create' {
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'The customer''s email')
            [CompletionResult]::new('--partner', '--partner', [CompletionResultType]::ParameterName, 'The partner (id or name) this customer belongs to; fixed once created')
            [CompletionResult]::new('--workflow', '--workflow', [CompletionResultType]::ParameterName, 'A workflow label')
            [CompletionResult]::new('--display-name', '--display-name', [CompletionResultType]::ParameterName, 'Name shown in the customer''s portal')
            [CompletionResult]::new('--logo-url', '--logo-url', [CompletionResultType]::ParameterName, 'Logo shown in the customer''s portal (http or https URL)')
            [CompletionResult]::new('--primary-color', '--primary-color', [CompletionResultType]::ParameterName, 'Portal colour, #rrggbb')
            [CompletionResult]::new('--support-email', '--support-email', [CompletionResultType]::ParameterName, 'Where the customer''s users ask for help')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]')
            [CompletionResult]::new('--direct', '--direct', [CompletionResultType]::ParameterName, 'A direct customer, with no partner (give this or --partner)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output (also: `NO_COLOR` set to anything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'portalctl;customer;list' {
            [CompletionResult]::new('--partner', '--partner', [CompletionResultType]::ParameterName, 'Only customers of this partner (id or name)')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Name contains this text (case-insensitive)')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'Email is exactly this (case-insensitive)')
            [CompletionResult]::new('--workflow', '--workflow', [CompletionResultType]::ParameterName, 'Workflow is exactly this')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only active or only inactive customers')
            [CompletionResult]::new('--portal', '--portal', [CompletionResultType]::ParameterName, 'Only customers whose portal is enabled or disabled')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Sort by this field (the command''s description says the default order)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Show at most N rows')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip the first N rows')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]')
            [CompletionResult]::new('--direct', '--direct', [CompletionResultType]::ParameterName, 'Only direct customers')
            [CompletionResult]::new('--desc', '--desc', [CompletionResultType]::ParameterName, 'Sort in descending order (Z, newest, highest first)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output (also: `NO_COLOR` set to anything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'portalctl;customer;ls' {
            [CompletionResult]::new('--partner', '--partner', [CompletionResultType]::ParameterName, 'Only customers of this partner (id or name)')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Name contains this text (case-insensitive)')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'Email is exactly this (case-insensitive)')
            [CompletionResult]::new('--workflow', '--workflow', [CompletionResultType]::ParameterName, 'Workflow is exactly this')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only active or only inactive customers')
            [CompletionResult]::new('--portal', '--portal', [CompletionResultType]::ParameterName, 'Only customers whose portal is enabled or disabled')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Sort by this field (the command''s description says the default order)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Show at most N rows')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip the first N rows')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]')
            [CompletionResult]::new('--direct', '--direct', [CompletionResultType]::ParameterName, 'Only direct customers')
            [CompletionResult]::new('--desc', '--desc', [CompletionResultType]::ParameterName, 'Sort in descending order (Z, newest, highest first)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output (also: `NO_COLOR` set to anything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'portalctl;customer;show' {
            [CompletionResult]::new('--partner', '--partner', [CompletionResultType]::ParameterName, 'The customer''s partner (id or name), when a name is used under several partners')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]')
            [CompletionResult]::new('--direct', '--direct', [CompletionResultType]::ParameterName, 'The customer is a direct customer (no partner)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output (also: `NO_COLOR` set to anything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'portalctl;customer;edit' {
            [CompletionResult]::new('--partner', '--partner', [CompletionResultType]::ParameterName, 'The customer''s partner (id or name), when a name is used under several partners')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'New name (1-50 characters)')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'New email')
            [CompletionResult]::new('--workflow', '--workflow', [CompletionResultType]::ParameterName, 'New workflow label ("" removes it)')
            [CompletionResult]::new('--display-name', '--display-name', [CompletionResultType]::ParameterName, 'Name shown in the customer''s portal')
            [CompletionResult]::new('--logo-url', '--logo-url', [CompletionResultType]::ParameterName, 'Logo shown in the customer''s portal (http or https URL)')
            [CompletionResult]::new('--primary-color', '--primary-color', [CompletionResultType]::ParameterName, 'Portal colour, #rrggbb')
            [CompletionResult]::new('--support-email', '--support-email', [CompletionResultType]::ParameterName, 'Where the customer''s users ask for help')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]')
            [CompletionResult]::new('--direct', '--direct', [CompletionResultType]::ParameterName, 'The customer is a direct customer (no partner)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output (also: `NO_COLOR` set to anything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'portalctl;customer;activate' {
            [CompletionResult]::new('--partner', '--partner', [CompletionResultType]::ParameterName, 'The customer''s partner (id or name), when a name is used under several partners')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]')
            [CompletionResult]::new('--direct', '--direct', [CompletionResultType]::ParameterName, 'The customer is a direct customer (no partner)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output (also: `NO_COLOR` set to anything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'portalctl;customer;deactivate' {
            [CompletionResult]::new('--partner', '--partner', [CompletionResultType]::ParameterName, 'The customer''s partner (id or name), when a name is used under several partners')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]')
            [CompletionResult]::new('--direct', '--direct', [CompletionResultType]::ParameterName, 'The customer is a direct customer (no partner)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output (also: `NO_COLOR` set to anything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'portalctl;customer;view' {
            [CompletionResult]::new('--partner', '--partner', [CompletionResultType]::ParameterName, 'The customer''s partner (id or name), when a name is used under several partners')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why you look, recorded in the audit log')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]')
            [CompletionResult]::new('--direct', '--direct', [CompletionResultType]::ParameterName, 'The customer is a direct customer (no partner)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output (also: `NO_COLOR` set to anything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'portalctl;customer;delete' {
            [CompletionResult]::new('--partner', '--partner', [CompletionResultType]::ParameterName, 'The customer''s partner (id or name), when a name is used under several partners')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]')
            [CompletionResult]::new('--direct', '--direct', [CompletionResultType]::ParameterName, 'The customer is a direct customer (no partner)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output (also: `NO_COLOR` set to anything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'portalctl;customer;rm' {
            [CompletionResult]::new('--partner', '--partner', [CompletionResultType]::ParameterName, 'The customer''s partner (id or name), when a name is used under several partners')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]')
            [CompletionResult]::new('--direct', '--direct', [CompletionResultType]::ParameterName, 'The customer is a direct customer (no partner)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output (also: `NO_COLOR` set to anything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'portalctl;customer;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a customer under a partner, or a direct customer')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List customers, by name; filters combine with AND')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one customer')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a customer''s name, email, workflow or branding (the partner is fixed)')
            [CompletionResult]::new('activate', 'activate', [CompletionResultType]::ParameterValue, 'Reactivate customers: portal access and data transfers resume')
            [CompletionResult]::new('deactivate', 'deactivate', [CompletionResultType]::ParameterValue, 'Deactivate customers: no portal access and no data transfers; data is kept')
            [CompletionResult]::new('view', 'view', [CompletionResultType]::ParameterValue, 'See the account as its end customer does (the portal''s "log in as"); audited')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete customers with all their sites and probes (asks first)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'portalctl;customer;help;create' {
            break
        }
        'portalctl;customer;help;list' {
            break
        }
        'portalctl;customer;help;show' {
            break
        }
        'portalctl;customer;help;edit' {
            break
        }
        'portalctl;customer;help;activate' {
            break
        }
        'portalctl;customer;help;deactivate' {
            break
        }
        'portalctl;customer;help;view' {
            break
        }
        'portalctl;customer;help;delete' {
            break
        }
        'portalctl;customer;help;help' {
            break
        }
        'portalctl;site' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output (also: `NO_COLOR` set to anything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a site of a customer')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List sites, by customer then name')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List sites, by customer then name')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one site')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a site''s name or address')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete sites with their probes (asks first)')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Delete sites with their probes (asks first)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'portalctl;site;create' {
            [CompletionResult]::new('--customer', '--customer', [CompletionResultType]::ParameterName, 'The customer (id or name)')
            [CompletionResult]::new('--partner', '--partner', [CompletionResultType]::ParameterName, 'The customer''s partner (id or name), when the customer name is ambiguous')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Postal address')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output (also: `NO_COLOR` set to anything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'portalctl;site;list' {
            [CompletionResult]::new('--customer', '--customer', [CompletionResultType]::ParameterName, 'Only sites of this customer (id or name)')
            [CompletionResult]::new('--partner', '--partner', [CompletionResultType]::ParameterName, 'Only sites of this partner''s customers (id or name)')
            [CompletionResult]::new('--portal', '--portal', [CompletionResultType]::ParameterName, 'Only sites whose portal is enabled or disabled')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Name contains this text (case-insensitive)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Sort by this field (the command''s description says the default order)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Show at most N rows')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip the first N rows')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]')
            [CompletionResult]::new('--desc', '--desc', [CompletionResultType]::ParameterName, 'Sort in descending order (Z, newest, highest first)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output (also: `NO_COLOR` set to anything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'portalctl;site;ls' {
            [CompletionResult]::new('--customer', '--customer', [CompletionResultType]::ParameterName, 'Only sites of this customer (id or name)')
            [CompletionResult]::new('--partner', '--partner', [CompletionResultType]::ParameterName, 'Only sites of this partner''s customers (id or name)')
            [CompletionResult]::new('--portal', '--portal', [CompletionResultType]::ParameterName, 'Only sites whose portal is enabled or disabled')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Name contains this text (case-insensitive)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Sort by this field (the command''s description says the default order)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Show at most N rows')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip the first N rows')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]')
            [CompletionResult]::new('--desc', '--desc', [CompletionResultType]::ParameterName, 'Sort in descending order (Z, newest, highest first)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output (also: `NO_COLOR` set to anything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'portalctl;site;show' {
            [CompletionResult]::new('--customer', '--customer', [CompletionResultType]::ParameterName, 'The customer (id or name), when the name or email is used by several customers')
            [CompletionResult]::new('--partner', '--partner', [CompletionResultType]::ParameterName, 'The customer''s partner (id or name), when the customer name is ambiguous')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output (also: `NO_COLOR` set to anything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'portalctl;site;edit' {
            [CompletionResult]::new('--customer', '--customer', [CompletionResultType]::ParameterName, 'The customer (id or name), when the name or email is used by several customers')
            [CompletionResult]::new('--partner', '--partner', [CompletionResultType]::ParameterName, 'The customer''s partner (id or name), when the customer name is ambiguous')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'New name')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'New address ("" removes it)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output (also: `NO_COLOR` set to anything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'portalctl;site;delete' {
            [CompletionResult]::new('--customer', '--customer', [CompletionResultType]::ParameterName, 'The customer (id or name), when the name or email is used by several customers')
            [CompletionResult]::new('--partner', '--partner', [CompletionResultType]::ParameterName, 'The customer''s partner (id or name), when the customer name is ambiguous')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output (also: `NO_COLOR` set to anything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'portalctl;site;rm' {
            [CompletionResult]::new('--customer', '--customer', [CompletionResultType]::ParameterName, 'The customer (id or name), when the name or email is used by several customers')
            [CompletionResult]::new('--partner', '--partner', [CompletionResultType]::ParameterName, 'The customer''s partner (id or name), when the customer name is ambiguous')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output (also: `NO_COLOR` set to anything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'portalctl;site;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a site of a customer')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List sites, by customer then name')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one site')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a site''s name or address')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete sites with their probes (asks first)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'portalctl;site;help;create' {
            break
        }
        'portalctl;site;help;list' {
            break
        }
        'portalctl;site;help;show' {
            break
        }
        'portalctl;site;help;edit' {
            break
        }
        'portalctl;site;help;delete' {
            break
        }
        'portalctl;site;help;help' {
            break
        }
        'portalctl;probe' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output (also: `NO_COLOR` set to anything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a probe and print its installation token once')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List probes, by customer and site (unassigned ones first), then name')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List probes, by customer and site (unassigned ones first), then name')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one probe (never its token)')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a probe''s name or serial')
            [CompletionResult]::new('assign', 'assign', [CompletionResultType]::ParameterValue, 'Install a probe at a site')
            [CompletionResult]::new('unassign', 'unassign', [CompletionResultType]::ParameterValue, 'Take a probe off its site')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete probes (asks first)')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Delete probes (asks first)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'portalctl;probe;create' {
            [CompletionResult]::new('--site', '--site', [CompletionResultType]::ParameterName, 'The site (id or name) to install the probe at; without it the probe is unassigned')
            [CompletionResult]::new('--customer', '--customer', [CompletionResultType]::ParameterName, 'The site''s customer (id or name), when the site name is used by several customers')
            [CompletionResult]::new('--serial', '--serial', [CompletionResultType]::ParameterName, 'Serial number, unique across all probes')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output (also: `NO_COLOR` set to anything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'portalctl;probe;list' {
            [CompletionResult]::new('--site', '--site', [CompletionResultType]::ParameterName, 'Only probes at this site (id or name)')
            [CompletionResult]::new('--customer', '--customer', [CompletionResultType]::ParameterName, 'Only probes at this customer''s sites (id or name)')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Name contains this text (case-insensitive)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Sort by this field (the command''s description says the default order)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Show at most N rows')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip the first N rows')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]')
            [CompletionResult]::new('--unassigned', '--unassigned', [CompletionResultType]::ParameterName, 'Only probes not assigned to any site')
            [CompletionResult]::new('--desc', '--desc', [CompletionResultType]::ParameterName, 'Sort in descending order (Z, newest, highest first)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output (also: `NO_COLOR` set to anything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'portalctl;probe;ls' {
            [CompletionResult]::new('--site', '--site', [CompletionResultType]::ParameterName, 'Only probes at this site (id or name)')
            [CompletionResult]::new('--customer', '--customer', [CompletionResultType]::ParameterName, 'Only probes at this customer''s sites (id or name)')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Name contains this text (case-insensitive)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Sort by this field (the command''s description says the default order)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Show at most N rows')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip the first N rows')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]')
            [CompletionResult]::new('--unassigned', '--unassigned', [CompletionResultType]::ParameterName, 'Only probes not assigned to any site')
            [CompletionResult]::new('--desc', '--desc', [CompletionResultType]::ParameterName, 'Sort in descending order (Z, newest, highest first)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output (also: `NO_COLOR` set to anything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'portalctl;probe;show' {
            [CompletionResult]::new('--site', '--site', [CompletionResultType]::ParameterName, 'The probe''s site (id or name), when a probe name is used at several sites')
            [CompletionResult]::new('--customer', '--customer', [CompletionResultType]::ParameterName, 'The site''s customer (id or name), when the site name is ambiguous')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output (also: `NO_COLOR` set to anything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'portalctl;probe;edit' {
            [CompletionResult]::new('--site', '--site', [CompletionResultType]::ParameterName, 'The probe''s site (id or name), when a probe name is used at several sites')
            [CompletionResult]::new('--customer', '--customer', [CompletionResultType]::ParameterName, 'The site''s customer (id or name), when the site name is ambiguous')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'New name')
            [CompletionResult]::new('--serial', '--serial', [CompletionResultType]::ParameterName, 'New serial ("" removes it)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output (also: `NO_COLOR` set to anything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'portalctl;probe;assign' {
            [CompletionResult]::new('--site', '--site', [CompletionResultType]::ParameterName, 'The site to assign it to (id or name)')
            [CompletionResult]::new('--customer', '--customer', [CompletionResultType]::ParameterName, 'The site''s customer (id or name), when the site name is ambiguous')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output (also: `NO_COLOR` set to anything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'portalctl;probe;unassign' {
            [CompletionResult]::new('--site', '--site', [CompletionResultType]::ParameterName, 'The probe''s site (id or name), when a probe name is used at several sites')
            [CompletionResult]::new('--customer', '--customer', [CompletionResultType]::ParameterName, 'The site''s customer (id or name), when the site name is ambiguous')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output (also: `NO_COLOR` set to anything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'portalctl;probe;delete' {
            [CompletionResult]::new('--site', '--site', [CompletionResultType]::ParameterName, 'The probe''s site (id or name), when a probe name is used at several sites')
            [CompletionResult]::new('--customer', '--customer', [CompletionResultType]::ParameterName, 'The site''s customer (id or name), when the site name is ambiguous')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output (also: `NO_COLOR` set to anything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'portalctl;probe;rm' {
            [CompletionResult]::new('--site', '--site', [CompletionResultType]::ParameterName, 'The probe''s site (id or name), when a probe name is used at several sites')
            [CompletionResult]::new('--customer', '--customer', [CompletionResultType]::ParameterName, 'The site''s customer (id or name), when the site name is ambiguous')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output (also: `NO_COLOR` set to anything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'portalctl;probe;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a probe and print its installation token once')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List probes, by customer and site (unassigned ones first), then name')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one probe (never its token)')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a probe''s name or serial')
            [CompletionResult]::new('assign', 'assign', [CompletionResultType]::ParameterValue, 'Install a probe at a site')
            [CompletionResult]::new('unassign', 'unassign', [CompletionResultType]::ParameterValue, 'Take a probe off its site')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete probes (asks first)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'portalctl;probe;help;create' {
            break
        }
        'portalctl;probe;help;list' {
            break
        }
        'portalctl;probe;help;show' {
            break
        }
        'portalctl;probe;help;edit' {
            break
        }
        'portalctl;probe;help;assign' {
            break
        }
        'portalctl;probe;help;unassign' {
            break
        }
        'portalctl;probe;help;delete' {
            break
        }
        'portalctl;probe;help;help' {
            break
        }
        'portalctl;contact' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output (also: `NO_COLOR` set to anything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Add a contact to a customer account (with --login: print a generated password once)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the contacts and guests of a customer account, by customer, contacts first, then email')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List the contacts and guests of a customer account, by customer, contacts first, then email')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one contact or guest (never its password)')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a contact''s details, permissions or login')
            [CompletionResult]::new('activate', 'activate', [CompletionResultType]::ParameterValue, 'Reactivate contacts or guests')
            [CompletionResult]::new('deactivate', 'deactivate', [CompletionResultType]::ParameterValue, 'Deactivate contacts or guests: they cannot log in, their data is kept')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete contacts or guests (asks first)')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Delete contacts or guests (asks first)')
            [CompletionResult]::new('access', 'access', [CompletionResultType]::ParameterValue, 'The access list: every customer account an email may use, and as what')
            [CompletionResult]::new('password', 'password', [CompletionResultType]::ParameterValue, 'Issue a new generated password, printed once; the old one stops working at once')
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Check a login: reads the password from standard input; exit 0 listing the accounts it opens, or 6 when refused')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'portalctl;contact;create' {
            [CompletionResult]::new('--customer', '--customer', [CompletionResultType]::ParameterName, 'The customer (id or name)')
            [CompletionResult]::new('--partner', '--partner', [CompletionResultType]::ParameterName, 'The customer''s partner (id or name), when the customer name is ambiguous')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'Email; used once per customer, compared case-insensitively')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Full name')
            [CompletionResult]::new('--phone', '--phone', [CompletionResultType]::ParameterName, 'Phone number')
            [CompletionResult]::new('--contact-type', '--contact-type', [CompletionResultType]::ParameterName, 'A free label: technical, billing, webmaster ...')
            [CompletionResult]::new('--permission', '--permission', [CompletionResultType]::ParameterName, 'A permission (repeat, or separate with commas); admin implies all')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]')
            [CompletionResult]::new('--login', '--login', [CompletionResultType]::ParameterName, 'Let the contact log in with the email; prints a generated password once')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output (also: `NO_COLOR` set to anything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'portalctl;contact;list' {
            [CompletionResult]::new('--customer', '--customer', [CompletionResultType]::ParameterName, 'Only users of this customer (id or name)')
            [CompletionResult]::new('--partner', '--partner', [CompletionResultType]::ParameterName, 'The customer''s partner (id or name), when the customer name is ambiguous')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only active or only inactive users')
            [CompletionResult]::new('--permission', '--permission', [CompletionResultType]::ParameterName, 'Only holders of this permission (admins hold every one)')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Only contacts or only guests')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Name contains this text (case-insensitive; a user without a name never matches)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Sort by this field (the command''s description says the default order)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Show at most N rows')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip the first N rows')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]')
            [CompletionResult]::new('--desc', '--desc', [CompletionResultType]::ParameterName, 'Sort in descending order (Z, newest, highest first)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output (also: `NO_COLOR` set to anything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'portalctl;contact;ls' {
            [CompletionResult]::new('--customer', '--customer', [CompletionResultType]::ParameterName, 'Only users of this customer (id or name)')
            [CompletionResult]::new('--partner', '--partner', [CompletionResultType]::ParameterName, 'The customer''s partner (id or name), when the customer name is ambiguous')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only active or only inactive users')
            [CompletionResult]::new('--permission', '--permission', [CompletionResultType]::ParameterName, 'Only holders of this permission (admins hold every one)')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Only contacts or only guests')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Name contains this text (case-insensitive; a user without a name never matches)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Sort by this field (the command''s description says the default order)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Show at most N rows')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip the first N rows')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]')
            [CompletionResult]::new('--desc', '--desc', [CompletionResultType]::ParameterName, 'Sort in descending order (Z, newest, highest first)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output (also: `NO_COLOR` set to anything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'portalctl;contact;show' {
            [CompletionResult]::new('--customer', '--customer', [CompletionResultType]::ParameterName, 'The customer (id or name), when the name or email is used by several customers')
            [CompletionResult]::new('--partner', '--partner', [CompletionResultType]::ParameterName, 'The customer''s partner (id or name), when the customer name is ambiguous')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output (also: `NO_COLOR` set to anything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'portalctl;contact;edit' {
            [CompletionResult]::new('--customer', '--customer', [CompletionResultType]::ParameterName, 'The customer (id or name), when the name or email is used by several customers')
            [CompletionResult]::new('--partner', '--partner', [CompletionResultType]::ParameterName, 'The customer''s partner (id or name), when the customer name is ambiguous')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'New email')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'New name ("" removes it)')
            [CompletionResult]::new('--phone', '--phone', [CompletionResultType]::ParameterName, 'New phone ("" removes it)')
            [CompletionResult]::new('--contact-type', '--contact-type', [CompletionResultType]::ParameterName, 'New type label ("" removes it)')
            [CompletionResult]::new('--permission', '--permission', [CompletionResultType]::ParameterName, 'Replace the permissions with these (repeat, or separate with commas)')
            [CompletionResult]::new('--add-permission', '--add-permission', [CompletionResultType]::ParameterName, 'Add permissions')
            [CompletionResult]::new('--remove-permission', '--remove-permission', [CompletionResultType]::ParameterName, 'Remove permissions')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]')
            [CompletionResult]::new('--login', '--login', [CompletionResultType]::ParameterName, 'Turn the login on (prints a generated password once)')
            [CompletionResult]::new('--no-login', '--no-login', [CompletionResultType]::ParameterName, 'Turn the login off (the password is removed)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output (also: `NO_COLOR` set to anything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'portalctl;contact;activate' {
            [CompletionResult]::new('--customer', '--customer', [CompletionResultType]::ParameterName, 'The customer (id or name), when the name or email is used by several customers')
            [CompletionResult]::new('--partner', '--partner', [CompletionResultType]::ParameterName, 'The customer''s partner (id or name), when the customer name is ambiguous')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output (also: `NO_COLOR` set to anything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'portalctl;contact;deactivate' {
            [CompletionResult]::new('--customer', '--customer', [CompletionResultType]::ParameterName, 'The customer (id or name), when the name or email is used by several customers')
            [CompletionResult]::new('--partner', '--partner', [CompletionResultType]::ParameterName, 'The customer''s partner (id or name), when the customer name is ambiguous')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output (also: `NO_COLOR` set to anything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'portalctl;contact;delete' {
            [CompletionResult]::new('--customer', '--customer', [CompletionResultType]::ParameterName, 'The customer (id or name), when the name or email is used by several customers')
            [CompletionResult]::new('--partner', '--partner', [CompletionResultType]::ParameterName, 'The customer''s partner (id or name), when the customer name is ambiguous')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output (also: `NO_COLOR` set to anything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'portalctl;contact;rm' {
            [CompletionResult]::new('--customer', '--customer', [CompletionResultType]::ParameterName, 'The customer (id or name), when the name or email is used by several customers')
            [CompletionResult]::new('--partner', '--partner', [CompletionResultType]::ParameterName, 'The customer''s partner (id or name), when the customer name is ambiguous')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output (also: `NO_COLOR` set to anything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'portalctl;contact;access' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output (also: `NO_COLOR` set to anything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'portalctl;contact;password' {
            [CompletionResult]::new('--customer', '--customer', [CompletionResultType]::ParameterName, 'The customer (id or name), when the name or email is used by several customers')
            [CompletionResult]::new('--partner', '--partner', [CompletionResultType]::ParameterName, 'The customer''s partner (id or name), when the customer name is ambiguous')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output (also: `NO_COLOR` set to anything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'portalctl;contact;login' {
            [CompletionResult]::new('--customer', '--customer', [CompletionResultType]::ParameterName, 'Only log in to this customer''s account (id or name)')
            [CompletionResult]::new('--partner', '--partner', [CompletionResultType]::ParameterName, 'The customer''s partner (id or name), when the customer name is ambiguous')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output (also: `NO_COLOR` set to anything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'portalctl;contact;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Add a contact to a customer account (with --login: print a generated password once)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the contacts and guests of a customer account, by customer, contacts first, then email')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one contact or guest (never its password)')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a contact''s details, permissions or login')
            [CompletionResult]::new('activate', 'activate', [CompletionResultType]::ParameterValue, 'Reactivate contacts or guests')
            [CompletionResult]::new('deactivate', 'deactivate', [CompletionResultType]::ParameterValue, 'Deactivate contacts or guests: they cannot log in, their data is kept')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete contacts or guests (asks first)')
            [CompletionResult]::new('access', 'access', [CompletionResultType]::ParameterValue, 'The access list: every customer account an email may use, and as what')
            [CompletionResult]::new('password', 'password', [CompletionResultType]::ParameterValue, 'Issue a new generated password, printed once; the old one stops working at once')
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Check a login: reads the password from standard input; exit 0 listing the accounts it opens, or 6 when refused')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'portalctl;contact;help;create' {
            break
        }
        'portalctl;contact;help;list' {
            break
        }
        'portalctl;contact;help;show' {
            break
        }
        'portalctl;contact;help;edit' {
            break
        }
        'portalctl;contact;help;activate' {
            break
        }
        'portalctl;contact;help;deactivate' {
            break
        }
        'portalctl;contact;help;delete' {
            break
        }
        'portalctl;contact;help;access' {
            break
        }
        'portalctl;contact;help;password' {
            break
        }
        'portalctl;contact;help;login' {
            break
        }
        'portalctl;contact;help;help' {
            break
        }
        'portalctl;invite' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output (also: `NO_COLOR` set to anything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Invite an email registered elsewhere into a customer account; prints the invitation token once (with --send: the message that carries it)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List invitations, newest first')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List invitations, newest first')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one invitation (never its token)')
            [CompletionResult]::new('send', 'send', [CompletionResultType]::ParameterValue, 'Record that you delivered the token `create` printed (pending -> sent)')
            [CompletionResult]::new('accept', 'accept', [CompletionResultType]::ParameterValue, 'Accept an invitation: its email becomes an active guest of the customer')
            [CompletionResult]::new('decline', 'decline', [CompletionResultType]::ParameterValue, 'Decline an invitation')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke an open invitation; its token stops working')
            [CompletionResult]::new('resend', 'resend', [CompletionResultType]::ParameterValue, 'Make a new token (the old one dies at once), renew the expiry and compose the message again (printed, or piped to `mail_command`)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'portalctl;invite;create' {
            [CompletionResult]::new('--customer', '--customer', [CompletionResultType]::ParameterName, 'The customer (id or name)')
            [CompletionResult]::new('--partner', '--partner', [CompletionResultType]::ParameterName, 'The customer''s partner (id or name), when the customer name is ambiguous')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'The guest''s email')
            [CompletionResult]::new('--permission', '--permission', [CompletionResultType]::ParameterName, 'A permission for the guest (repeat, or separate with commas)')
            [CompletionResult]::new('--expires', '--expires', [CompletionResultType]::ParameterName, 'How long the invitation stays open')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]')
            [CompletionResult]::new('--send', '--send', [CompletionResultType]::ParameterName, 'Compose the invitation message now: print it, or pipe it to the config''s `mail_command`; marks the invitation sent')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output (also: `NO_COLOR` set to anything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'portalctl;invite;list' {
            [CompletionResult]::new('--customer', '--customer', [CompletionResultType]::ParameterName, 'Only invitations to this customer (id or name)')
            [CompletionResult]::new('--partner', '--partner', [CompletionResultType]::ParameterName, 'The customer''s partner (id or name), when the customer name is ambiguous')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only invitations in this state')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'Only invitations of this email')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Sort by this field (the command''s description says the default order)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Show at most N rows')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip the first N rows')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]')
            [CompletionResult]::new('--desc', '--desc', [CompletionResultType]::ParameterName, 'Sort in descending order (Z, newest, highest first)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output (also: `NO_COLOR` set to anything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'portalctl;invite;ls' {
            [CompletionResult]::new('--customer', '--customer', [CompletionResultType]::ParameterName, 'Only invitations to this customer (id or name)')
            [CompletionResult]::new('--partner', '--partner', [CompletionResultType]::ParameterName, 'The customer''s partner (id or name), when the customer name is ambiguous')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only invitations in this state')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'Only invitations of this email')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Sort by this field (the command''s description says the default order)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Show at most N rows')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip the first N rows')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]')
            [CompletionResult]::new('--desc', '--desc', [CompletionResultType]::ParameterName, 'Sort in descending order (Z, newest, highest first)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output (also: `NO_COLOR` set to anything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'portalctl;invite;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output (also: `NO_COLOR` set to anything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'portalctl;invite;send' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output (also: `NO_COLOR` set to anything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'portalctl;invite;accept' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output (also: `NO_COLOR` set to anything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'portalctl;invite;decline' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output (also: `NO_COLOR` set to anything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'portalctl;invite;revoke' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output (also: `NO_COLOR` set to anything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'portalctl;invite;resend' {
            [CompletionResult]::new('--expires', '--expires', [CompletionResultType]::ParameterName, 'How long the renewed invitation stays open')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output (also: `NO_COLOR` set to anything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'portalctl;invite;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Invite an email registered elsewhere into a customer account; prints the invitation token once (with --send: the message that carries it)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List invitations, newest first')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one invitation (never its token)')
            [CompletionResult]::new('send', 'send', [CompletionResultType]::ParameterValue, 'Record that you delivered the token `create` printed (pending -> sent)')
            [CompletionResult]::new('accept', 'accept', [CompletionResultType]::ParameterValue, 'Accept an invitation: its email becomes an active guest of the customer')
            [CompletionResult]::new('decline', 'decline', [CompletionResultType]::ParameterValue, 'Decline an invitation')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke an open invitation; its token stops working')
            [CompletionResult]::new('resend', 'resend', [CompletionResultType]::ParameterValue, 'Make a new token (the old one dies at once), renew the expiry and compose the message again (printed, or piped to `mail_command`)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'portalctl;invite;help;create' {
            break
        }
        'portalctl;invite;help;list' {
            break
        }
        'portalctl;invite;help;show' {
            break
        }
        'portalctl;invite;help;send' {
            break
        }
        'portalctl;invite;help;accept' {
            break
        }
        'portalctl;invite;help;decline' {
            break
        }
        'portalctl;invite;help;revoke' {
            break
        }
        'portalctl;invite;help;resend' {
            break
        }
        'portalctl;invite;help;help' {
            break
        }
        'portalctl;portal' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output (also: `NO_COLOR` set to anything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Turn a portal on; makes an authorization code (printed once, with the portal link) when none is in force')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Turn a portal off: the code is revoked and stops working at once')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Whether a portal is on, at installation level, and has a code in force (never the code)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'portalctl;portal;enable' {
            [CompletionResult]::new('--customer', '--customer', [CompletionResultType]::ParameterName, 'The customer (id or name); with --site, the site''s customer')
            [CompletionResult]::new('--partner', '--partner', [CompletionResultType]::ParameterName, 'The customer''s partner (id or name), when the customer name is ambiguous')
            [CompletionResult]::new('--site', '--site', [CompletionResultType]::ParameterName, 'The site (id or name)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]')
            [CompletionResult]::new('--installation-level', '--installation-level', [CompletionResultType]::ParameterName, 'Site portals only: logins also need the installation token of a probe at the site')
            [CompletionResult]::new('--no-installation-level', '--no-installation-level', [CompletionResultType]::ParameterName, 'Site portals only: the code alone lets people in')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output (also: `NO_COLOR` set to anything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'portalctl;portal;disable' {
            [CompletionResult]::new('--customer', '--customer', [CompletionResultType]::ParameterName, 'The customer (id or name); with --site, the site''s customer')
            [CompletionResult]::new('--partner', '--partner', [CompletionResultType]::ParameterName, 'The customer''s partner (id or name), when the customer name is ambiguous')
            [CompletionResult]::new('--site', '--site', [CompletionResultType]::ParameterName, 'The site (id or name)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output (also: `NO_COLOR` set to anything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'portalctl;portal;status' {
            [CompletionResult]::new('--customer', '--customer', [CompletionResultType]::ParameterName, 'The customer (id or name); with --site, the site''s customer')
            [CompletionResult]::new('--partner', '--partner', [CompletionResultType]::ParameterName, 'The customer''s partner (id or name), when the customer name is ambiguous')
            [CompletionResult]::new('--site', '--site', [CompletionResultType]::ParameterName, 'The site (id or name)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output (also: `NO_COLOR` set to anything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'portalctl;portal;help' {
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Turn a portal on; makes an authorization code (printed once, with the portal link) when none is in force')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Turn a portal off: the code is revoked and stops working at once')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Whether a portal is on, at installation level, and has a code in force (never the code)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'portalctl;portal;help;enable' {
            break
        }
        'portalctl;portal;help;disable' {
            break
        }
        'portalctl;portal;help;status' {
            break
        }
        'portalctl;portal;help;help' {
            break
        }
        'portalctl;authcode' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output (also: `NO_COLOR` set to anything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Whether a code or token is in force, when it was issued and its last four characters')
            [CompletionResult]::new('regenerate', 'regenerate', [CompletionResultType]::ParameterValue, 'Make a new code (with --probe: a new installation token), printed once; the old one is dead from that moment')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check a code (and an installation token): exit 0 with the scope it opens, or 6')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'portalctl;authcode;show' {
            [CompletionResult]::new('--customer', '--customer', [CompletionResultType]::ParameterName, 'The customer (id or name); with --site, the site''s customer')
            [CompletionResult]::new('--partner', '--partner', [CompletionResultType]::ParameterName, 'The customer''s partner (id or name), when the customer name is ambiguous')
            [CompletionResult]::new('--site', '--site', [CompletionResultType]::ParameterName, 'The site (id or name); with --probe, the probe''s site')
            [CompletionResult]::new('--probe', '--probe', [CompletionResultType]::ParameterName, 'The probe (id or name): its installation token')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output (also: `NO_COLOR` set to anything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'portalctl;authcode;regenerate' {
            [CompletionResult]::new('--customer', '--customer', [CompletionResultType]::ParameterName, 'The customer (id or name); with --site, the site''s customer')
            [CompletionResult]::new('--partner', '--partner', [CompletionResultType]::ParameterName, 'The customer''s partner (id or name), when the customer name is ambiguous')
            [CompletionResult]::new('--site', '--site', [CompletionResultType]::ParameterName, 'The site (id or name); with --probe, the probe''s site')
            [CompletionResult]::new('--probe', '--probe', [CompletionResultType]::ParameterName, 'The probe (id or name): its installation token')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output (also: `NO_COLOR` set to anything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'portalctl;authcode;verify' {
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'An installation token of a probe at the site (needed at installation level), or -')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]')
            [CompletionResult]::new('--explain', '--explain', [CompletionResultType]::ParameterName, 'Say why a code is refused')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output (also: `NO_COLOR` set to anything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'portalctl;authcode;help' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Whether a code or token is in force, when it was issued and its last four characters')
            [CompletionResult]::new('regenerate', 'regenerate', [CompletionResultType]::ParameterValue, 'Make a new code (with --probe: a new installation token), printed once; the old one is dead from that moment')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check a code (and an installation token): exit 0 with the scope it opens, or 6')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'portalctl;authcode;help;show' {
            break
        }
        'portalctl;authcode;help;regenerate' {
            break
        }
        'portalctl;authcode;help;verify' {
            break
        }
        'portalctl;authcode;help;help' {
            break
        }
        'portalctl;apply' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'The tree file (TOML), or - for standard input')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'The tree file (TOML), or - for standard input')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan and change nothing')
            [CompletionResult]::new('--prune', '--prune', [CompletionResultType]::ParameterName, 'Also delete what lies under the file''s partners and customers but is not in the file (asks first)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output (also: `NO_COLOR` set to anything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'portalctl;export' {
            [CompletionResult]::new('--partner', '--partner', [CompletionResultType]::ParameterName, 'Only this partner and its customers (id or name); with --customer, the customer''s partner, when the customer name is used under several partners')
            [CompletionResult]::new('--customer', '--customer', [CompletionResultType]::ParameterName, 'Only this customer (id or name), under its partner')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]')
            [CompletionResult]::new('--direct', '--direct', [CompletionResultType]::ParameterName, 'With --customer: the customer is a direct customer (no partner)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output (also: `NO_COLOR` set to anything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'portalctl;log' {
            [CompletionResult]::new('--entity', '--entity', [CompletionResultType]::ParameterName, 'Only this kind of entity (partner, customer, site, probe, contact, guest, invitation, apply), or one entity as KIND:ID')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Only changes made in the name of this actor (only when given here: the global --actor and `PORTALCTL_ACTOR` never filter the log)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Only changes by this authenticated user (the OS user, or the database role)')
            [CompletionResult]::new('--action', '--action', [CompletionResultType]::ParameterName, 'Only this action')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Only changes since a time: RFC 3339, a date (2026-01-31), or an age (90m, 12h, 7d)')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Only changes until a time (inclusive): RFC 3339, a date, or an age')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Show at most N entries')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip the first N entries (newest first)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output (also: `NO_COLOR` set to anything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'portalctl;db' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output (also: `NO_COLOR` set to anything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('path', 'path', [CompletionResultType]::ParameterValue, 'Print the store''s path')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check the store''s integrity and foreign keys (exit 1 with the findings when not clean)')
            [CompletionResult]::new('backup', 'backup', [CompletionResultType]::ParameterValue, 'Copy the store to FILE (a SQLite file, whichever backend), consistently, even while others write (the copy is 0600)')
            [CompletionResult]::new('migrate', 'migrate', [CompletionResultType]::ParameterValue, 'Apply pending schema migrations (opening the store does this too)')
            [CompletionResult]::new('copy', 'copy', [CompletionResultType]::ParameterValue, 'Copy the whole store (hashes, audit and ids included) into an empty store at TARGET')
            [CompletionResult]::new('grants', 'grants', [CompletionResultType]::ParameterValue, 'Print the SQL that sets up the PostgreSQL group roles (safe to run twice)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'portalctl;db;path' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output (also: `NO_COLOR` set to anything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'portalctl;db;check' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output (also: `NO_COLOR` set to anything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'portalctl;db;backup' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output (also: `NO_COLOR` set to anything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'portalctl;db;migrate' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output (also: `NO_COLOR` set to anything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'portalctl;db;copy' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output (also: `NO_COLOR` set to anything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'portalctl;db;grants' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output (also: `NO_COLOR` set to anything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'portalctl;db;help' {
            [CompletionResult]::new('path', 'path', [CompletionResultType]::ParameterValue, 'Print the store''s path')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check the store''s integrity and foreign keys (exit 1 with the findings when not clean)')
            [CompletionResult]::new('backup', 'backup', [CompletionResultType]::ParameterValue, 'Copy the store to FILE (a SQLite file, whichever backend), consistently, even while others write (the copy is 0600)')
            [CompletionResult]::new('migrate', 'migrate', [CompletionResultType]::ParameterValue, 'Apply pending schema migrations (opening the store does this too)')
            [CompletionResult]::new('copy', 'copy', [CompletionResultType]::ParameterValue, 'Copy the whole store (hashes, audit and ids included) into an empty store at TARGET')
            [CompletionResult]::new('grants', 'grants', [CompletionResultType]::ParameterValue, 'Print the SQL that sets up the PostgreSQL group roles (safe to run twice)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'portalctl;db;help;path' {
            break
        }
        'portalctl;db;help;check' {
            break
        }
        'portalctl;db;help;backup' {
            break
        }
        'portalctl;db;help;migrate' {
            break
        }
        'portalctl;db;help;copy' {
            break
        }
        'portalctl;db;help;grants' {
            break
        }
        'portalctl;db;help;help' {
            break
        }
        'portalctl;completions' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: portal.db in the platform data directory]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform config directory]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: PORTALCTL_OUTPUT] [default: the config''s `output`, else table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of what was created or touched, one a line (a secret made by the command follows its id on the next line)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour the output (also: `NO_COLOR` set to anything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'portalctl;help' {
            [CompletionResult]::new('partner', 'partner', [CompletionResultType]::ParameterValue, 'Partners: the resellers whose customers you manage')
            [CompletionResult]::new('customer', 'customer', [CompletionResultType]::ParameterValue, 'Customers of a partner, or direct customers')
            [CompletionResult]::new('site', 'site', [CompletionResultType]::ParameterValue, 'Sites of a customer')
            [CompletionResult]::new('probe', 'probe', [CompletionResultType]::ParameterValue, 'Probes installed at sites (or not yet assigned)')
            [CompletionResult]::new('contact', 'contact', [CompletionResultType]::ParameterValue, 'People who may use a customer account: contacts and guests')
            [CompletionResult]::new('invite', 'invite', [CompletionResultType]::ParameterValue, 'Guest invitations: share a customer account with someone registered elsewhere')
            [CompletionResult]::new('portal', 'portal', [CompletionResultType]::ParameterValue, 'Customer portals: turn them on (making an authorization code) or off (revoking it)')
            [CompletionResult]::new('authcode', 'authcode', [CompletionResultType]::ParameterValue, 'Authorization codes and installation tokens: show, regenerate, verify')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Make the store hold what a tree file describes (create, update; with --prune, delete)')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Print the store (or a subtree) as a tree file that `apply` accepts; never a secret')
            [CompletionResult]::new('log', 'log', [CompletionResultType]::ParameterValue, 'The audit trail of every change, newest first')
            [CompletionResult]::new('db', 'db', [CompletionResultType]::ParameterValue, 'Housekeeping of the store file')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'portalctl;help;partner' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a partner')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List partners, by name')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one partner')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a partner''s name, email or portal URL')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete partners with all their customers, sites and probes (asks first)')
            break
        }
        'portalctl;help;partner;create' {
            break
        }
        'portalctl;help;partner;list' {
            break
        }
        'portalctl;help;partner;show' {
            break
        }
        'portalctl;help;partner;edit' {
            break
        }
        'portalctl;help;partner;delete' {
            break
        }
        'portalctl;help;customer' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a customer under a partner, or a direct customer')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List customers, by name; filters combine with AND')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one customer')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a customer''s name, email, workflow or branding (the partner is fixed)')
            [CompletionResult]::new('activate', 'activate', [CompletionResultType]::ParameterValue, 'Reactivate customers: portal access and data transfers resume')
            [CompletionResult]::new('deactivate', 'deactivate', [CompletionResultType]::ParameterValue, 'Deactivate customers: no portal access and no data transfers; data is kept')
            [CompletionResult]::new('view', 'view', [CompletionResultType]::ParameterValue, 'See the account as its end customer does (the portal''s "log in as"); audited')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete customers with all their sites and probes (asks first)')
            break
        }
        'portalctl;help;customer;create' {
            break
        }
        'portalctl;help;customer;list' {
            break
        }
        'portalctl;help;customer;show' {
            break
        }
        'portalctl;help;customer;edit' {
            break
        }
        'portalctl;help;customer;activate' {
            break
        }
        'portalctl;help;customer;deactivate' {
            break
        }
        'portalctl;help;customer;view' {
            break
        }
        'portalctl;help;customer;delete' {
            break
        }
        'portalctl;help;site' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a site of a customer')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List sites, by customer then name')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one site')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a site''s name or address')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete sites with their probes (asks first)')
            break
        }
        'portalctl;help;site;create' {
            break
        }
        'portalctl;help;site;list' {
            break
        }
        'portalctl;help;site;show' {
            break
        }
        'portalctl;help;site;edit' {
            break
        }
        'portalctl;help;site;delete' {
            break
        }
        'portalctl;help;probe' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a probe and print its installation token once')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List probes, by customer and site (unassigned ones first), then name')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one probe (never its token)')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a probe''s name or serial')
            [CompletionResult]::new('assign', 'assign', [CompletionResultType]::ParameterValue, 'Install a probe at a site')
            [CompletionResult]::new('unassign', 'unassign', [CompletionResultType]::ParameterValue, 'Take a probe off its site')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete probes (asks first)')
            break
        }
        'portalctl;help;probe;create' {
            break
        }
        'portalctl;help;probe;list' {
            break
        }
        'portalctl;help;probe;show' {
            break
        }
        'portalctl;help;probe;edit' {
            break
        }
        'portalctl;help;probe;assign' {
            break
        }
        'portalctl;help;probe;unassign' {
            break
        }
        'portalctl;help;probe;delete' {
            break
        }
        'portalctl;help;contact' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Add a contact to a customer account (with --login: print a generated password once)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the contacts and guests of a customer account, by customer, contacts first, then email')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one contact or guest (never its password)')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a contact''s details, permissions or login')
            [CompletionResult]::new('activate', 'activate', [CompletionResultType]::ParameterValue, 'Reactivate contacts or guests')
            [CompletionResult]::new('deactivate', 'deactivate', [CompletionResultType]::ParameterValue, 'Deactivate contacts or guests: they cannot log in, their data is kept')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete contacts or guests (asks first)')
            [CompletionResult]::new('access', 'access', [CompletionResultType]::ParameterValue, 'The access list: every customer account an email may use, and as what')
            [CompletionResult]::new('password', 'password', [CompletionResultType]::ParameterValue, 'Issue a new generated password, printed once; the old one stops working at once')
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Check a login: reads the password from standard input; exit 0 listing the accounts it opens, or 6 when refused')
            break
        }
        'portalctl;help;contact;create' {
            break
        }
        'portalctl;help;contact;list' {
            break
        }
        'portalctl;help;contact;show' {
            break
        }
        'portalctl;help;contact;edit' {
            break
        }
        'portalctl;help;contact;activate' {
            break
        }
        'portalctl;help;contact;deactivate' {
            break
        }
        'portalctl;help;contact;delete' {
            break
        }
        'portalctl;help;contact;access' {
            break
        }
        'portalctl;help;contact;password' {
            break
        }
        'portalctl;help;contact;login' {
            break
        }
        'portalctl;help;invite' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Invite an email registered elsewhere into a customer account; prints the invitation token once (with --send: the message that carries it)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List invitations, newest first')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one invitation (never its token)')
            [CompletionResult]::new('send', 'send', [CompletionResultType]::ParameterValue, 'Record that you delivered the token `create` printed (pending -> sent)')
            [CompletionResult]::new('accept', 'accept', [CompletionResultType]::ParameterValue, 'Accept an invitation: its email becomes an active guest of the customer')
            [CompletionResult]::new('decline', 'decline', [CompletionResultType]::ParameterValue, 'Decline an invitation')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke an open invitation; its token stops working')
            [CompletionResult]::new('resend', 'resend', [CompletionResultType]::ParameterValue, 'Make a new token (the old one dies at once), renew the expiry and compose the message again (printed, or piped to `mail_command`)')
            break
        }
        'portalctl;help;invite;create' {
            break
        }
        'portalctl;help;invite;list' {
            break
        }
        'portalctl;help;invite;show' {
            break
        }
        'portalctl;help;invite;send' {
            break
        }
        'portalctl;help;invite;accept' {
            break
        }
        'portalctl;help;invite;decline' {
            break
        }
        'portalctl;help;invite;revoke' {
            break
        }
        'portalctl;help;invite;resend' {
            break
        }
        'portalctl;help;portal' {
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Turn a portal on; makes an authorization code (printed once, with the portal link) when none is in force')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Turn a portal off: the code is revoked and stops working at once')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Whether a portal is on, at installation level, and has a code in force (never the code)')
            break
        }
        'portalctl;help;portal;enable' {
            break
        }
        'portalctl;help;portal;disable' {
            break
        }
        'portalctl;help;portal;status' {
            break
        }
        'portalctl;help;authcode' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Whether a code or token is in force, when it was issued and its last four characters')
            [CompletionResult]::new('regenerate', 'regenerate', [CompletionResultType]::ParameterValue, 'Make a new code (with --probe: a new installation token), printed once; the old one is dead from that moment')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check a code (and an installation token): exit 0 with the scope it opens, or 6')
            break
        }
        'portalctl;help;authcode;show' {
            break
        }
        'portalctl;help;authcode;regenerate' {
            break
        }
        'portalctl;help;authcode;verify' {
            break
        }
        'portalctl;help;apply' {
            break
        }
        'portalctl;help;export' {
            break
        }
        'portalctl;help;log' {
            break
        }
        'portalctl;help;db' {
            [CompletionResult]::new('path', 'path', [CompletionResultType]::ParameterValue, 'Print the store''s path')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check the store''s integrity and foreign keys (exit 1 with the findings when not clean)')
            [CompletionResult]::new('backup', 'backup', [CompletionResultType]::ParameterValue, 'Copy the store to FILE (a SQLite file, whichever backend), consistently, even while others write (the copy is 0600)')
            [CompletionResult]::new('migrate', 'migrate', [CompletionResultType]::ParameterValue, 'Apply pending schema migrations (opening the store does this too)')
            [CompletionResult]::new('copy', 'copy', [CompletionResultType]::ParameterValue, 'Copy the whole store (hashes, audit and ids included) into an empty store at TARGET')
            [CompletionResult]::new('grants', 'grants', [CompletionResultType]::ParameterValue, 'Print the SQL that sets up the PostgreSQL group roles (safe to run twice)')
            break
        }
        'portalctl;help;db;path' {
            break
        }
        'portalctl;help;db;check' {
            break
        }
        'portalctl;help;db;backup' {
            break
        }
        'portalctl;help;db;migrate' {
            break
        }
        'portalctl;help;db;copy' {
            break
        }
        'portalctl;help;db;grants' {
            break
        }
        'portalctl;help;completions' {
            break
        }
        'portalctl;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
