module gosub/stdlib-api

go 1.27
