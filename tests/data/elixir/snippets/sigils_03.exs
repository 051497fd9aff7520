~S(no #{interpolation} here)
~S"raw \n text"
~S|pipe \| escape|
