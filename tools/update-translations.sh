#!/usr/bin/env bash
# Refreshes translations/*.ts from the sources, exactly as tst_translations checks them:
# the strings of widgets/, app/gui/ and core/models/, without obsolete entries or line
# numbers (so a moved string does not touch the .ts files).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
lupdate=/usr/lib/qt6/bin/lupdate
[[ -x $lupdate ]] || lupdate=$(command -v lupdate)
args=(-no-obsolete -locations none -I core -I widgets widgets app/gui core/models)
"$lupdate" "${args[@]}" -ts translations/ecto_workbench_de.ts translations/ecto_workbench_fr.ts
# English keeps only its plural forms ("1 difference", "2 differences").
"$lupdate" -pluralonly "${args[@]}" -ts translations/ecto_workbench_en.ts
