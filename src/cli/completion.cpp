// `tuyentap completion bash|zsh`: shell completion scripts, kept beside the options they
// complete (cli/main.cpp); tests/cli/completion_test.cpp sources the bash one.
#include <iostream>
#include <string>

#include "cli/commands.h"

namespace tuyentap {

namespace {

constexpr const char* kBash = R"(# bash completion for tuyentap
_tuyentap() {
  local cur prev cmd i
  cur="${COMP_WORDS[COMP_CWORD]}"
  prev="${COMP_WORDS[COMP_CWORD-1]}"
  cmd=""
  for ((i = 1; i < COMP_CWORD; i++)); do
    case "${COMP_WORDS[i]}" in
      scan|build|init|completion) cmd="${COMP_WORDS[i]}"; break ;;
    esac
  done
  case "$prev" in
    --lang) COMPREPLY=($(compgen -W "vi en" -- "$cur")); return ;;
    --by) COMPREPLY=($(compgen -W "topic month quarter none" -- "$cur")); return ;;
    --order) COMPREPLY=($(compgen -W "date date-asc date-desc title" -- "$cur")); return ;;
    --format) COMPREPLY=($(compgen -W "epub pdf epub,pdf" -- "$cur")); return ;;
    --style) COMPREPLY=($(compgen -W "official book pocket" -f -- "$cur")); return ;;
    --impose) COMPREPLY=($(compgen -W "booklet" -- "$cur")); return ;;
    --encoding) COMPREPLY=($(compgen -W "utf-8 utf-16 windows-1258 tcvn3 vni viscii" -- "$cur")); return ;;
    --spec) COMPREPLY=($(compgen -f -X '!*.toml' -- "$cur")); return ;;
    -o|--output|--template-dir) COMPREPLY=($(compgen -d -- "$cur")); return ;;
  esac
  local common="--lang --quiet --verbose --help"
  case "$cmd" in
    "") COMPREPLY=($(compgen -W "scan build init completion --version $common" -- "$cur")) ;;
    scan) COMPREPLY=($(compgen -W "--json --encoding $common" -f -- "$cur")) ;;
    build) COMPREPLY=($(compgen -W "--spec --year --quarter --month --from --to --topic --keyword --author --by --order --title --subtitle --publisher --format --output --style --impose --fold-marks --template-dir --no-fonts --image-dpi --plan --json --strict --encoding $common" -f -- "$cur")) ;;
    init) COMPREPLY=($(compgen -W "--force $common" -d -- "$cur")) ;;
    completion) COMPREPLY=($(compgen -W "bash zsh" -- "$cur")) ;;
  esac
}
complete -F _tuyentap tuyentap
)";

constexpr const char* kZsh = R"(#compdef tuyentap
# zsh completion for tuyentap
_tuyentap() {
  local -a common
  common=('--lang[language of messages]:language:(vi en)' '(-q --quiet)'{-q,--quiet}'[errors and warnings only]'
          '(-v --verbose)'{-v,--verbose}'[say more]' '(-h --help)'{-h,--help}'[help]')
  if (( CURRENT == 2 )); then
    _values 'command' scan build init completion
    return
  fi
  case ${words[2]} in
    scan) _arguments $common '--json' '--encoding:encoding:(utf-8 utf-16 windows-1258 tcvn3 vni viscii)' '*:archive:_files' ;;
    build) _arguments $common '--spec:spec:_files -g "*.toml"' '--year:year:' '--quarter:quarter:' \
             '--month:month:' '--from:date:' '--to:date:' '*--topic:topic:' '*--keyword:keyword:' \
             '*--author:author:' '--by:by:(topic month quarter none)' \
             '--order:order:(date date-asc date-desc title)' '--title:title:' '--subtitle:subtitle:' \
             '--publisher:publisher:' '--format:format:(epub pdf epub,pdf)' \
             '(-o --output)'{-o,--output}'[output folder]:folder:_files -/' \
             '--style:style:(official book pocket)' '--impose:imposition:(booklet)' '--fold-marks' \
             '--template-dir:folder:_files -/' '--no-fonts' '--image-dpi:dpi:(150 200 300)' \
             '--plan' '--json' '--strict' '--encoding:encoding:(utf-8 utf-16 windows-1258 tcvn3 vni viscii)' \
             '*:archive:_files' ;;
    init) _arguments $common '--force' ':folder:_files -/' ;;
    completion) _values 'shell' bash zsh ;;
  esac
}
_tuyentap "$@"
)";

}  // namespace

int print_completion(const std::string& shell) {
  std::cout << (shell == "zsh" ? kZsh : kBash);
  return 0;
}

}  // namespace tuyentap
