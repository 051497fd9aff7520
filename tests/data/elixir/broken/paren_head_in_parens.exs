total = ((price, quantity) * 2)
