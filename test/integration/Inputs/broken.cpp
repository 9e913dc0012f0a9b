// Does not compile: a diff-mode run that analysed it would exit 3.
int broken( {
