import CohortCLI
