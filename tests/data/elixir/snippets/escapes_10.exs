"tab\tnew\nnull\0bell\a"
"\e[31mred\e[0m"
