Feature: sums
