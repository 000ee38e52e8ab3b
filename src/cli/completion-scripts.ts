// The completion scripts `mcpctl completion bash|zsh|fish` prints. Each asks `mcpctl --get-yargs-completions
// WORDS…` (the program name first, the word being typed last, empty after a space) and tells yargs which
// shell it is answering through SHELL, so that bash gets plain words whatever the login shell is, zsh
// "word:description" for _describe, and fish "word<TAB>description".

export const SHELLS = ['bash', 'zsh', 'fish'] as const;
export type Shell = (typeof SHELLS)[number];

export const isShell = (s: string): s is Shell => (SHELLS as readonly string[]).includes(s);

const BASH = `###-begin-mcpctl-completions-###
# mcpctl completion for bash. Install: mcpctl completion bash >> ~/.bashrc
_mcpctl_yargs_completions()
{
    local cur_word args type_list
    cur_word="\${COMP_WORDS[COMP_CWORD]}"
    args=("\${COMP_WORDS[@]:0:COMP_CWORD+1}")
    mapfile -t type_list < <(SHELL=bash mcpctl --get-yargs-completions "\${args[@]}" 2>/dev/null)
    mapfile -t COMPREPLY < <(compgen -W "$( printf '%q ' "\${type_list[@]}" )" -- "\${cur_word}" |
        awk '/ / { print "\\""$0"\\"" } /^[^ ]+$/ { print $0 }')
    return 0
}
complete -o bashdefault -o default -F _mcpctl_yargs_completions mcpctl
###-end-mcpctl-completions-###
`;

const ZSH = `#compdef mcpctl
###-begin-mcpctl-completions-###
# mcpctl completion for zsh. Install: mcpctl completion zsh >> ~/.zshrc
# (or save it as _mcpctl in a folder of $fpath)
_mcpctl_yargs_completions()
{
  local reply
  local si=$IFS
  IFS=$'\\n' reply=($(SHELL=zsh mcpctl --get-yargs-completions "\${words[@]:0:$CURRENT}" 2>/dev/null))
  IFS=$si
  if [[ \${#reply} -gt 0 ]]; then
    _describe 'values' reply
  else
    _default
  fi
}
if [[ "\${zsh_eval_context[-1]}" == "loadautofunc" ]]; then
  _mcpctl_yargs_completions "$@"
else
  compdef _mcpctl_yargs_completions mcpctl
fi
###-end-mcpctl-completions-###
`;

const FISH = `###-begin-mcpctl-completions-###
# mcpctl completion for fish. Install: mcpctl completion fish > ~/.config/fish/completions/mcpctl.fish
function __mcpctl_yargs_completions
    set -l words (commandline -opc)
    set -l current (commandline -ct)
    SHELL=fish mcpctl --get-yargs-completions $words "$current" 2>/dev/null
end
complete -c mcpctl -f -a '(__mcpctl_yargs_completions)'
###-end-mcpctl-completions-###
`;

export const COMPLETION_SCRIPTS: Record<Shell, string> = { bash: BASH, zsh: ZSH, fish: FISH };
