%{user | name: "New", age: 30}
%{state | count: state.count + 1}
