not in_list?(x) and x not in [nil, false]
