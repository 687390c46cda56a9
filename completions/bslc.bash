# bash completion for bslc. Installed to share/bash-completion/completions/bslc.
# tests/install checks that it offers every subcommand and flag `bslc --help` lists.
_bslc() {
  local cur prev sub i
  cur="${COMP_WORDS[COMP_CWORD]}"
  prev="${COMP_WORDS[COMP_CWORD-1]}"
  local subcommands="check compile test verify diff access import fmt simulate explain dump-ast init"
  sub=""
  for ((i = 1; i < COMP_CWORD; i++)); do
    case "${COMP_WORDS[i]}" in -*) ;; *) sub="${COMP_WORDS[i]}"; break ;; esac
  done
  if [[ -z "$sub" ]]; then
    COMPREPLY=($(compgen -W "$subcommands --help --version" -- "$cur"))
    return
  fi
  case "$prev" in
    --format)
      case "$sub" in
        test) COMPREPLY=($(compgen -W "text json junit github" -- "$cur")) ;;
        simulate) COMPREPLY=($(compgen -W "text jsonl" -- "$cur")) ;;
        verify) COMPREPLY=($(compgen -W "text json" -- "$cur")) ;;
        diff) COMPREPLY=($(compgen -W "text json markdown sarif" -- "$cur")) ;;
        access) COMPREPLY=($(compgen -W "text json markdown html" -- "$cur")) ;;
        *) COMPREPLY=($(compgen -W "text json sarif github" -- "$cur")) ;;
      esac
      return ;;
    --color) COMPREPLY=($(compgen -W "auto always never" -- "$cur")); return ;;
    --cfn-format) COMPREPLY=($(compgen -W "yaml json" -- "$cur")); return ;;
    --tf-format) COMPREPLY=($(compgen -W "hcl json" -- "$cur")); return ;;
    -o|--output) COMPREPLY=($(compgen -d -- "$cur")); return ;;
    --disable|--bucket|--principal|--action|--key|--resource|--context|--resource-account|--property|--timeout|--bucket-name|--git-base|--account) return ;;
  esac
  local flags="--help"
  local diag="--format --werror --disable --color --no-config"
  case "$sub" in
    check) flags="$flags $diag --baseline --write-baseline" ;;
    compile) flags="$flags $diag -o --output --cfn-format --tf-format -q --quiet" ;;
    test) flags="$flags $diag" ;;
    diff) flags="$flags $diag --git-base --resource-account --bucket-name --timeout --fail-on-widen" ;;
    access) flags="$flags $diag --timeout" ;;
    fmt) flags="$flags --check --diff --color" ;;
    import) flags="$flags --account --bucket-name --settings -o --output --timeout" ;;
    verify) flags="$flags $diag --policy --property --identity --kms-key-policy --settings --resource-account --bucket-name --timeout --open-world" ;;
    simulate) flags="$flags --bucket --policy --identity --kms-key-policy --settings --resource-account --principal --action --key --resource --context --requests --format" ;;
  esac
  if [[ "$cur" == -* ]]; then
    COMPREPLY=($(compgen -W "$flags" -- "$cur"))
  elif [[ "$sub" == init ]]; then
    COMPREPLY=($(compgen -d -- "$cur"))
  elif [[ "$sub" == explain ]]; then
    COMPREPLY=()
  else
    COMPREPLY=($(compgen -f -X '!*.bsl' -- "$cur") $(compgen -d -- "$cur"))
  fi
}
complete -o filenames -F _bslc bslc
