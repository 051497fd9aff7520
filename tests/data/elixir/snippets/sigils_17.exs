~r/#{prefix}\d+/
~s/escaped \/ slash/
