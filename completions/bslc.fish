# fish completion for bslc. Installed to share/fish/vendor_completions.d/bslc.fish.
# tests/install checks that it offers every subcommand `bslc --help` lists.
set -l subs check compile test verify diff access import fmt simulate explain dump-ast init
complete -c bslc -f
complete -c bslc -n "not __fish_seen_subcommand_from $subs" -a check -d 'Check specs for errors and risky settings'
complete -c bslc -n "not __fish_seen_subcommand_from $subs" -a compile -d 'Compile specs into policies, CloudFormation and Terraform'
complete -c bslc -n "not __fish_seen_subcommand_from $subs" -a test -d 'Run the specs test blocks'
complete -c bslc -n "not __fish_seen_subcommand_from $subs" -a verify -d 'Prove or refute the properties'
complete -c bslc -n "not __fish_seen_subcommand_from $subs" -a diff -d 'What access a change adds or removes'
complete -c bslc -n "not __fish_seen_subcommand_from $subs" -a access -d 'Who can do what on each bucket'
complete -c bslc -n "not __fish_seen_subcommand_from $subs" -a import -d 'Write a bucket policy as a spec, proved equivalent'
complete -c bslc -n "not __fish_seen_subcommand_from $subs" -a fmt -d 'Rewrite specs in the canonical layout'
complete -c bslc -n "not __fish_seen_subcommand_from $subs" -a simulate -d 'Evaluate requests against the emitted policies'
complete -c bslc -n "not __fish_seen_subcommand_from $subs" -a explain -d 'Explain a diagnostic code'
complete -c bslc -n "not __fish_seen_subcommand_from $subs" -a dump-ast -d 'Print the syntax tree of one spec'
complete -c bslc -n "not __fish_seen_subcommand_from $subs" -a init -d 'Start a project with a starter spec and CI'
complete -c bslc -n "not __fish_seen_subcommand_from $subs" -l version -d 'Print the version'
complete -c bslc -n "__fish_seen_subcommand_from check compile test verify diff access" -l werror -d 'Warnings count as errors'
complete -c bslc -n "__fish_seen_subcommand_from check compile test verify diff access" -l disable -r -d 'Silence a warning code'
complete -c bslc -n "__fish_seen_subcommand_from check compile test verify diff access" -l color -r -a 'auto always never'
complete -c bslc -n "__fish_seen_subcommand_from check compile test verify diff access" -l no-config -d 'Ignore .bslc.yaml files'
complete -c bslc -n "__fish_seen_subcommand_from check" -l baseline -l write-baseline -r
complete -c bslc -n "__fish_seen_subcommand_from check compile" -l format -r -a 'text json sarif github'
complete -c bslc -n "__fish_seen_subcommand_from test" -l format -r -a 'text json junit github'
complete -c bslc -n "__fish_seen_subcommand_from verify" -l format -r -a 'text json'
complete -c bslc -n "__fish_seen_subcommand_from verify" -l policy -l property -l identity -l kms-key-policy -l settings -l resource-account -l bucket-name -l timeout -r
complete -c bslc -n "__fish_seen_subcommand_from verify" -l open-world
complete -c bslc -n "__fish_seen_subcommand_from diff" -l format -r -a 'text json markdown sarif'
complete -c bslc -n "__fish_seen_subcommand_from diff" -l git-base -l resource-account -l bucket-name -l timeout -r
complete -c bslc -n "__fish_seen_subcommand_from diff" -l fail-on-widen
complete -c bslc -n "__fish_seen_subcommand_from access" -l format -r -a 'text json markdown html'
complete -c bslc -n "__fish_seen_subcommand_from access" -l timeout -r
complete -c bslc -n "__fish_seen_subcommand_from fmt" -l check -l diff
complete -c bslc -n "__fish_seen_subcommand_from import" -l account -l bucket-name -l settings -l timeout -r
complete -c bslc -n "__fish_seen_subcommand_from import" -s o -l output -r
complete -c bslc -n "__fish_seen_subcommand_from fmt" -l color -r -a 'auto always never'
complete -c bslc -n "__fish_seen_subcommand_from compile" -s o -l output -r -a '(__fish_complete_directories)'
complete -c bslc -n "__fish_seen_subcommand_from compile" -l cfn-format -r -a 'yaml json'
complete -c bslc -n "__fish_seen_subcommand_from compile" -l tf-format -r -a 'hcl json'
complete -c bslc -n "__fish_seen_subcommand_from compile" -s q -l quiet
complete -c bslc -n "__fish_seen_subcommand_from simulate" -l bucket -l policy -l identity -l kms-key-policy -l settings -l resource-account -l principal -l action -l key -l resource -l context -l requests -r
complete -c bslc -n "__fish_seen_subcommand_from check compile test verify diff access fmt simulate dump-ast" -a '(__fish_complete_suffix .bsl)'
