:valid?
:save!
:_private
:Camel
