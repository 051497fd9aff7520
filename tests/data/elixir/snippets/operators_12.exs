-x
+y
-(-z)
!flag
not flag
^pinned = value
