from targetctl.cli import main

main()
