from clipper.cli import main

main()
