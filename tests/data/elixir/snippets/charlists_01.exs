'hello'
''
'with \'quotes\''
