from targetctl.entry import main

main()
