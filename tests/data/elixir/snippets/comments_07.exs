#
##
#### heading style ####
:done
