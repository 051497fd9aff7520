"unicode: héllo wörld — ✓ 日本語 🎉"
