from targetctl.cli.fast import main

main()
