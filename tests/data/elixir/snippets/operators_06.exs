x && y || z
!enabled? || admin?
