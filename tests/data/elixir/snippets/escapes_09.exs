~r/a\/b\d+\s*/
~r{\{braces\}}
